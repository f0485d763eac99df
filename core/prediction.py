"""Prediction: photos or folders in, one answer (or one plain error) per photo out.

No TensorFlow import here: the model arrives loaded (`core.model_files.load_model`).
"""

from __future__ import annotations

import csv
import io
import os
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

from core.atomic import write_text_atomic
from core.dataset import walk_files
from core.errors import CoreError, ImageError, ModelFileError, TrainingCancelled
from core.evaluation import UNSURE, check_unsure, class_probabilities, decide
from core.file_kinds import not_a_file_reason
from core.images import IMAGE_SUFFIXES, load_array, picture_format
from core.messages import QT_TRANSLATE_NOOP, say
from core.safe_text import exact_bytes_b64, safe_text

if TYPE_CHECKING:  # importing it would import TensorFlow; the app uses this module early
    from core.model_files import LoadedModel

DEFAULT_BATCH_SIZE = 32
# float32 sigmoid/softmax outputs are within this of [0, 1].
_TOLERANCE = 1e-4


@dataclass(frozen=True)
class Prediction:
    """One photo's answer: a label and its probability, "not sure" (`unsure`), or an error."""

    path: Path
    label: str | None = None  # None when unsure (or unreadable)
    probability: float | None = None  # of the predicted label (None when unsure)
    probabilities: tuple[float, ...] | None = None  # one per class, kept when unsure too
    error: str | None = None
    unsure: bool = False  # the model was not sure enough to answer (see `core.evaluation.decide`)

    @property
    def ok(self) -> bool:
        return self.error is None

    @property
    def answered(self) -> bool:
        """Read, and given a class (neither unreadable nor "not sure")."""
        return self.error is None and not self.unsure

    def to_dict(self, class_names: Sequence[str] | None = None) -> dict:
        """``path`` is valid text (bytes that are not UTF-8 as ``\\xNN``); such a name also
        gets ``path_bytes_b64``, its exact bytes in base64 (`core.safe_text`).

        A read photo has ``label`` (null when ``unsure``) and ``probability`` (of the
        label; null when unsure); given `class_names` (as ``predict`` gives them), also
        ``unsure`` and ``probabilities`` (class name → probability). Without them a
        record keeps its earlier shape, with ``unsure`` only when it is true.
        """
        record: dict = {"path": safe_text(str(self.path))}
        exact = exact_bytes_b64(str(self.path))
        if exact is not None:
            record["path_bytes_b64"] = exact
        if self.error is not None:
            return {**record, "error": safe_text(self.error)}
        record.update({
            "label": None if self.unsure else safe_text(self.label or ""),
            "probability": None if self.probability is None else round(self.probability, 6)})
        if class_names is not None or self.unsure:
            record["unsure"] = self.unsure
        if class_names is not None and self.probabilities is not None:
            record["probabilities"] = {safe_text(name): round(value, 6)
                                       for name, value in zip(class_names, self.probabilities)}
        return record


def answer(path: Path, class_names: Sequence[str], probabilities: Sequence[float],
           label: int) -> Prediction:
    """The `Prediction` for one photo given `decide`'s label (`UNSURE` for "not sure")."""
    values = tuple(float(v) for v in probabilities)
    if label == UNSURE:
        return Prediction(path, None, None, values, unsure=True)
    return Prediction(path, class_names[label], values[label], values)


@dataclass(frozen=True)
class PredictProgress:
    done: int
    total: int


def collect_photos(paths: Iterable[str | Path]) -> list[tuple[Path, str | None]]:
    """Expand folders into the photos they hold (recursively, by file name).

    Returns ``(path, error)`` pairs in a stable order: files named directly
    are always tried; inside folders only files with a photo extension are
    taken, hidden and system files never. A path that does not exist gets an error.
    """
    found: list[tuple[Path, str | None]] = []
    for raw in paths:
        path = Path(raw).expanduser()
        if path.is_dir():
            # The dataset check's walk: folder links followed, each folder read once (a
            # photo that trains is a photo that predicts), broken links with their reason.
            found += [(photo, reason) for photo, reason in walk_files(path)
                      if photo.suffix.lower() in IMAGE_SUFFIXES]
        elif path.exists() or path.is_symlink():
            found.append((path, None))
        else:
            found.append((path, QT_TRANSLATE_NOOP("core", "the file does not exist")))
    return found


def predict_files(
    loaded: LoadedModel,
    paths: Sequence[str | Path],
    *,
    threshold: float | None = None,
    unsure_band: tuple[float, float] | None = None,
    unsure_below: float | None = None,
    batch_size: int = DEFAULT_BATCH_SIZE,
    on_progress: Callable[[PredictProgress], None] | None = None,
    should_stop: Callable[[], bool] | None = None,
) -> list[Prediction]:
    """Predict every photo in `paths` (files or folders), in batches.

    A file that cannot be read gets a `Prediction` with `error` set; the others
    are still predicted. `threshold` (two classes only) is the probability of
    the second class at which it wins; default: the model's own. `unsure_band`
    (two classes) and `unsure_below` (more classes) make some answers "not sure"
    (`core.evaluation.decide`).

    Raises:
        TrainingCancelled: `should_stop` returned True.
    """
    if batch_size < 1:
        raise ValueError(f"batch_size must be at least 1. Received: batch_size={batch_size}")
    if threshold is not None:
        check_threshold(threshold, len(loaded.class_names))
    check_unsure(len(loaded.class_names), unsure_band, unsure_below)
    threshold = loaded.metadata.threshold if threshold is None else threshold
    items = collect_photos(paths)
    results: list[Prediction | None] = [None] * len(items)
    size = (loaded.image_size, loaded.image_size)
    readable: list[int] = []
    for index, (path, error) in enumerate(items):
        if error is not None:
            results[index] = Prediction(path, error=error)
        else:
            readable.append(index)

    def read(index: int):
        try:
            return load_array(items[index][0], size), None
        except ImageError as error:
            return None, error.reason

    done = len(items) - len(readable)
    with ThreadPoolExecutor(max_workers=min(4, os.cpu_count() or 1)) as pool:
        for start in range(0, len(readable), batch_size):
            chunk = readable[start:start + batch_size]
            arrays, ok = [], []
            for index, (array, reason) in zip(chunk, pool.map(read, chunk)):
                if reason is not None:
                    results[index] = Prediction(items[index][0], error=reason)
                else:
                    arrays.append(array)
                    ok.append(index)
            if arrays:
                probabilities = predict_arrays(loaded, np.stack(arrays))
                labels = decide(probabilities, threshold, unsure_band=unsure_band,
                                unsure_below=unsure_below)
                for index, row, label in zip(ok, probabilities, labels):
                    results[index] = answer(items[index][0], loaded.class_names, row,
                                            int(label))
            done += len(chunk)
            if on_progress is not None:
                on_progress(PredictProgress(done, len(items)))
            if should_stop is not None and should_stop():
                raise TrainingCancelled(QT_TRANSLATE_NOOP("core", "Prediction was cancelled."))
    return [result for result in results if result is not None]


def check_threshold(threshold: float, num_classes: int) -> None:
    """Raise `ValueError` unless `threshold` can decide between a model's classes."""
    if num_classes != 2:
        raise ValueError(f"A decision threshold needs a model of two classes; this one has "
                         f"{num_classes}, and each photo gets the class it is surest of.")
    if not 0.0 < threshold < 1.0:  # also refuses NaN
        raise ValueError("threshold must be between 0 and 1 (exclusive). "
                         f"Received: threshold={threshold}")


def predict_arrays(loaded: LoadedModel, images: np.ndarray) -> np.ndarray:
    """Class probabilities (one column per class) for a batch of RGB 0–255 images."""
    outputs = np.asarray(loaded.predictor.predict_on_batch(np.asarray(images, dtype=np.float32)))
    check_probabilities(outputs, loaded.path)
    return class_probabilities(outputs)


def check_probabilities(outputs: np.ndarray, model_path: str | Path) -> None:
    """Raise `ModelFileError` unless `outputs` are probabilities (0–1; several sum to 1).

    A model whose last layer gives plain scores ("logits") would otherwise show a
    "probability" of 228.1.
    """
    values = np.asarray(outputs, dtype=np.float64)
    problem = ""
    if not np.all(np.isfinite(values)):
        problem = QT_TRANSLATE_NOOP("core",
                                    "some of its answers are not numbers (NaN or infinite)")
    elif values.size and (values.min() < -_TOLERANCE or values.max() > 1 + _TOLERANCE):
        worst = values.max() if values.max() > 1 + _TOLERANCE else values.min()
        problem = say(QT_TRANSLATE_NOOP("core", "it answers values outside 0–1 (such as "
                                                "{worst})"), worst=f"{worst:.1f}")
    elif values.ndim == 2 and values.shape[1] > 1 and values.size and not np.allclose(
            values.sum(axis=1), 1.0, atol=1e-3):
        problem = QT_TRANSLATE_NOOP("core",
                                    "its answers for the classes of a photo do not add up to 1")
    if problem:
        raise ModelFileError(say(QT_TRANSLATE_NOOP(
            "core", "{path} does not give probabilities: {problem}. Its last layer needs a "
            "sigmoid (one output) or softmax (several); Alpaca Studio does not show such scores "
            "as probabilities."), path=model_path, problem=problem))


def relabel(prediction: Prediction, class_names: Sequence[str], threshold: float, *,
            unsure_band: tuple[float, float] | None = None,
            unsure_below: float | None = None) -> Prediction:
    """The same prediction under another decision threshold or "not sure" setting."""
    if not prediction.ok or prediction.probabilities is None:
        return prediction
    label = int(decide(np.array([prediction.probabilities]), threshold,
                       unsure_band=unsure_band, unsure_below=unsure_below)[0])
    return answer(prediction.path, class_names, prediction.probabilities, label)


def predictions_csv(predictions: Sequence[Prediction], class_names: Sequence[str]) -> str:
    """CSV text: path, label, probability, one probability column per class, unsure, error,
    path bytes.

    A "not sure" answer has an empty label and probability, its class
    probabilities, and ``true`` under ``unsure`` (``false`` for the other answers).

    Valid UTF-8 whatever the names: bytes of a file name that are not UTF-8 are
    written as ``\\xNN`` in ``path``, and the exact name is in ``path_bytes_b64``
    (base64), empty for every other name (`core.safe_text`).
    """
    stream = io.StringIO()
    writer = csv.writer(stream, lineterminator="\n")
    writer.writerow(["path", "label", "probability",
                     *[f"p({safe_text(name)})" for name in class_names], "unsure", "error",
                     "path_bytes_b64"])
    for p in predictions:
        path, exact = safe_text(str(p.path)), exact_bytes_b64(str(p.path)) or ""
        if p.ok:
            label = "" if p.unsure else safe_text(p.label or "")
            probability = "" if p.probability is None else f"{p.probability:.6f}"
            writer.writerow([path, label, probability,
                             *[f"{v:.6f}" for v in p.probabilities or ()],
                             "true" if p.unsure else "false", "", exact])
        else:
            writer.writerow([path, "", "", *[""] * len(class_names), "",
                             safe_text(p.error or ""), exact])
    return stream.getvalue()


def check_csv_target(path: str | Path) -> None:
    """Refuse a CSV destination that is a folder, a device or pipe, or any picture (by content).

    Raises:
        CoreError: naming the file and what it is; nothing was written.
    """
    path = Path(path).expanduser()
    kind = not_a_file_reason(path)
    if kind == "a folder":
        raise CoreError(say(QT_TRANSLATE_NOOP(
            "core", "{path} is a folder; the CSV needs a file name."), path=path))
    if kind:
        raise CoreError(say(QT_TRANSLATE_NOOP(
            "core", "{path} is {kind}; the CSV needs the name of a file."), path=path, kind=kind))
    picture = picture_format(path)
    if picture:
        raise CoreError(say(QT_TRANSLATE_NOOP(
            "core", "{path} is a picture ({picture}); the CSV never replaces a picture. Choose "
            "another name."), path=path, picture=picture))


def write_csv(predictions: Sequence[Prediction], class_names: Sequence[str],
              path: str | Path) -> Path:
    """Write `predictions_csv` to `path` in one piece; never over a picture (`check_csv_target`).

    Raises:
        CoreError: the path is refused, or the file could not be written.
    """
    path = Path(path).expanduser()
    check_csv_target(path)
    try:
        write_text_atomic(path, predictions_csv(predictions, class_names))
    except OSError as error:
        raise CoreError(say(QT_TRANSLATE_NOOP(
            "core", "The CSV file {path} could not be written: {reason}."),
            path=path, reason=error.strerror or error)) from error
    return path
