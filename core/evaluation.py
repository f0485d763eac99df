"""Scoring a trained classifier on its validation photos, in terms a person can check."""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from statistics import NormalDist

import numpy as np

from core.messages import QT_TRANSLATE_NOOP, say

# Below this many validation photos one photo moves the score by more than 3 points,
# and the likely range spans 30 points or more: a score to read with care.
FEW_VALIDATION_PHOTOS = 30
CONFIDENCE = 0.95


def wilson_interval(correct: int, total: int,
                    confidence: float = CONFIDENCE) -> tuple[float, float]:
    """The range the true accuracy likely lies in, after `correct` of `total` right answers.

    Wilson's score interval for a binomial proportion: unlike ``p ± z·√(p(1-p)/n)``
    it stays inside [0, 1] and is not zero-wide at 0 or `total` right, which
    matters on the few dozen photos a person keeps aside. No photos: (0, 1).
    """
    if not 0 <= correct <= total:
        raise ValueError(f"correct must be from 0 to total ({total}). Received: correct={correct}")
    if not 0.0 < confidence < 1.0:
        raise ValueError(f"confidence must be between 0 and 1 (exclusive). "
                         f"Received: confidence={confidence}")
    if total == 0:
        return 0.0, 1.0
    z = NormalDist().inv_cdf(0.5 + confidence / 2)
    p = correct / total
    spread = z * math.sqrt(p * (1 - p) / total + z * z / (4 * total * total))
    centre = p + z * z / (2 * total)
    scale = 1 + z * z / total
    # At 0 or `total` right the formula gives that end exactly, but for rounding.
    low = 0.0 if correct == 0 else (centre - spread) / scale
    high = 1.0 if correct == total else (centre + spread) / scale
    return low, high


def validation_share_text(validation: int, photos: int, share: float) -> str:
    """"12 of 60 photos kept aside for validation (about 20%)", without arithmetic that jars.

    Each photo's side is decided by its content, not counted out, so the share
    is a target (stable per photo when others are added), not an exact fraction.
    """
    return say(QT_TRANSLATE_NOOP(
        "core", "{validation} of {photos} photos kept aside for validation (about {percent}: "
        "each photo's side is decided by its content, so the share is not exact)"),
        validation=validation, photos=photos, percent=f"{share:.0%}")


@dataclass(frozen=True)
class ValidationPrediction:
    path: Path
    true_label: int
    predicted_label: int
    probabilities: tuple[float, ...]

    @property
    def correct(self) -> bool:
        return self.true_label == self.predicted_label

    @property
    def confidence(self) -> float:
        """How sure the model was of its answer (the probability of the predicted class)."""
        return self.probabilities[self.predicted_label]


@dataclass(frozen=True)
class Evaluation:
    class_names: tuple[str, ...]
    predictions: tuple[ValidationPrediction, ...]
    confusion: tuple[tuple[int, ...], ...]  # rows: true class, columns: predicted class
    threshold: float = 0.5

    @property
    def total(self) -> int:
        return len(self.predictions)

    @property
    def correct(self) -> int:
        return sum(p.correct for p in self.predictions)

    @property
    def accuracy(self) -> float:
        return self.correct / self.total if self.total else 0.0

    @property
    def precision(self) -> tuple[float, ...]:
        columns = np.asarray(self.confusion).sum(axis=0)
        return tuple(float(self.confusion[i][i] / columns[i]) if columns[i] else 0.0
                     for i in range(len(self.class_names)))

    @property
    def recall(self) -> tuple[float, ...]:
        rows = np.asarray(self.confusion).sum(axis=1)
        return tuple(float(self.confusion[i][i] / rows[i]) if rows[i] else 0.0
                     for i in range(len(self.class_names)))

    def cell(self, true_label: int, predicted_label: int) -> list[ValidationPrediction]:
        """The photos of one confusion-matrix cell, the most confident first."""
        return sorted((p for p in self.predictions
                       if p.true_label == true_label and p.predicted_label == predicted_label),
                      key=lambda p: -p.confidence)

    @property
    def misclassified(self) -> list[ValidationPrediction]:
        """The wrong answers, the most confidently wrong first."""
        return sorted((p for p in self.predictions if not p.correct), key=lambda p: -p.confidence)

    @property
    def accuracy_interval(self) -> tuple[float, float]:
        """Where the accuracy on photos like these likely lies (95% Wilson interval)."""
        return wilson_interval(self.correct, self.total)

    @property
    def accuracy_low(self) -> float:
        return self.accuracy_interval[0]

    @property
    def accuracy_high(self) -> float:
        return self.accuracy_interval[1]

    @property
    def few_photos(self) -> bool:
        """True when so few photos were scored that the score can move a lot."""
        return self.total < FEW_VALIDATION_PHOTOS

    def summary(self) -> str:
        # Saved as it is in run files (core.runs); the range is in `summary_with_range`.
        return say(QT_TRANSLATE_NOOP("core", "{correct} of {total} validation photos right — "
                                             "{percent}"),
                   correct=self.correct, total=self.total, percent=f"{self.accuracy:.0%}")

    def summary_with_range(self) -> str:
        """"53 of 60 validation photos right — 88% (likely 78–94%)"."""
        low, high = self.accuracy_interval
        return say(QT_TRANSLATE_NOOP("core", "{summary} (likely {low}–{high})"),
                   summary=self.summary(), low=f"{low * 100:.0f}", high=f"{high:.0%}")

    def caution(self) -> str:
        """A plain warning when the score rests on few photos; "" otherwise."""
        if not self.few_photos:
            return ""
        return say(QT_TRANSLATE_NOOP(
            "core", "Only {total} photos were kept aside to score the model, so this score can "
            "move a lot from one run to another. Sort more photos into each class for a score "
            "you can trust."), total=self.total)

    def to_dict(self) -> dict:
        return {
            "accuracy": self.accuracy,
            "correct": self.correct,
            "total": self.total,
            "threshold": self.threshold,
            "per_class": {name: {"precision": self.precision[i], "recall": self.recall[i]}
                          for i, name in enumerate(self.class_names)},
            "confusion_matrix": [list(row) for row in self.confusion],
            "predictions": [
                {"path": str(p.path), "true": self.class_names[p.true_label],
                 "predicted": self.class_names[p.predicted_label],
                 "probabilities": [round(v, 6) for v in p.probabilities]}
                for p in self.predictions],
        }


def class_probabilities(outputs: np.ndarray) -> np.ndarray:
    """Model outputs (one sigmoid column for two classes, or softmax) → one column per class."""
    outputs = np.asarray(outputs, dtype=np.float64)
    if outputs.ndim == 1 or outputs.shape[-1] == 1:
        positive = outputs.reshape(-1)
        return np.stack([1.0 - positive, positive], axis=1)
    return outputs


# `decide`'s label for a photo it answers "not sure" (an unsure band or a floor was given).
UNSURE = -1


def decide(probabilities: np.ndarray, threshold: float = 0.5, *,
           unsure_band: tuple[float, float] | None = None,
           unsure_below: float | None = None) -> np.ndarray:
    """Predicted labels, `UNSURE` (-1) where the answer is "not sure".

    Two classes: the second class wins when its probability is at least
    `threshold`. With `unsure_band` ``(low, high)`` the band decides instead: the
    second class from `high` up, the first below `low`, "not sure" from `low` up
    to (not including) `high`. More classes: the most probable class, or "not
    sure" when its probability is under `unsure_below`. Without a band or floor
    every photo gets a class, as before.
    """
    probabilities = np.asarray(probabilities)
    check_unsure(probabilities.shape[1], unsure_band, unsure_below)
    if probabilities.shape[1] == 2:
        second = probabilities[:, 1]
        if unsure_band is None:
            return (second >= threshold).astype(np.int64)
        low, high = unsure_band
        labels = np.full(len(second), UNSURE, dtype=np.int64)
        labels[second >= high] = 1
        labels[second < low] = 0
        return labels
    labels = probabilities.argmax(axis=1).astype(np.int64)
    if unsure_below is not None:
        labels[probabilities.max(axis=1) < unsure_below] = UNSURE
    return labels


def check_unsure(num_classes: int, unsure_band: tuple[float, float] | None = None,
                 unsure_below: float | None = None) -> None:
    """Raise `ValueError` (in plain words) unless the "not sure" settings fit the model.

    A band is for two classes (two probabilities of the second class, low < high,
    both inside 0–1); a floor is for more classes (a top probability above 0, at most 1).
    """
    if unsure_band is not None:
        if num_classes != 2:
            raise ValueError(f"An unsure band needs a model of two classes; this one has "
                             f"{num_classes}. For more classes, \"not sure\" is said "
                             "under a probability of the answer instead.")
        low, high = unsure_band
        if not 0.0 < low < high < 1.0:  # also refuses NaN
            raise ValueError("The unsure band needs two probabilities between 0 and 1, the "
                             f"first below the second. Received: unsure_band=({low}, {high})")
    if unsure_below is not None:
        if num_classes == 2:
            raise ValueError("With two classes, \"not sure\" is a band of the second class's "
                             "probability (from one value up to another), not a "
                             "floor under the answer's probability.")
        if not 0.0 < unsure_below <= 1.0:
            raise ValueError("unsure_below must be above 0 and at most 1. "
                             f"Received: unsure_below={unsure_below}")


def evaluate_predictions(class_names: Sequence[str], paths: Sequence[Path],
                         true_labels: Sequence[int], probabilities: np.ndarray,
                         threshold: float = 0.5) -> Evaluation:
    """Build an `Evaluation` from per-photo class probabilities (one column per class)."""
    probabilities = np.asarray(probabilities, dtype=np.float64)
    predicted = decide(probabilities, threshold)
    n = len(class_names)
    confusion = np.zeros((n, n), dtype=np.int64)
    for true, guess in zip(true_labels, predicted):
        confusion[int(true), int(guess)] += 1
    predictions = tuple(
        ValidationPrediction(Path(path), int(true), int(guess),
                             tuple(float(v) for v in row))
        for path, true, guess, row in zip(paths, true_labels, predicted, probabilities))
    return Evaluation(tuple(class_names), predictions,
                      tuple(tuple(int(v) for v in row) for row in confusion), threshold)


def probabilities_from_logits(logits: np.ndarray, binary: bool) -> np.ndarray:
    """Logits → what the model's last layer outputs (sigmoid for two classes, else softmax)."""
    logits = np.asarray(logits, dtype=np.float64)
    if binary:
        return 1.0 / (1.0 + np.exp(-logits))
    shifted = np.exp(logits - logits.max(axis=1, keepdims=True))
    return shifted / shifted.sum(axis=1, keepdims=True)


def loss_and_accuracy(logits: np.ndarray, labels: np.ndarray, binary: bool) -> tuple[float, float]:
    """Cross-entropy and accuracy of logits, as Keras' losses from logits compute them."""
    if len(labels) == 0:
        # A mean over no photos is NaN, which reads as a score and breaks strict JSON.
        raise ValueError("loss and accuracy need at least one photo. Received: 0 labels")
    logits = np.asarray(logits, dtype=np.float64)
    if binary:
        x = logits.reshape(-1)
        y = labels.astype(np.float64)
        loss = np.maximum(x, 0) - x * y + np.log1p(np.exp(-np.abs(x)))
        return float(loss.mean()), float(((x >= 0) == (y == 1)).mean())
    shifted = logits - logits.max(axis=1, keepdims=True)
    log_probs = shifted - np.log(np.exp(shifted).sum(axis=1, keepdims=True))
    loss = -log_probs[np.arange(len(labels)), labels]
    return float(loss.mean()), float((logits.argmax(axis=1) == labels).mean())
