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
from core.errors import CoreError, ImageError, TrainingCancelled
from core.evaluation import class_probabilities, decide
from core.images import IMAGE_SUFFIXES, load_array

if TYPE_CHECKING:  # importing it would import TensorFlow; the app uses this module early
    from core.model_files import LoadedModel

DEFAULT_BATCH_SIZE = 32


@dataclass(frozen=True)
class Prediction:
    path: Path
    label: str | None = None
    probability: float | None = None  # of the predicted label
    probabilities: tuple[float, ...] | None = None
    error: str | None = None

    @property
    def ok(self) -> bool:
        return self.error is None

    def to_dict(self) -> dict:
        if self.error is not None:
            return {"path": str(self.path), "error": self.error}
        return {"path": str(self.path), "label": self.label,
                "probability": round(self.probability, 6)}


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
            found.append((path, "the file does not exist"))
    return found


def predict_files(
    loaded: LoadedModel,
    paths: Sequence[str | Path],
    *,
    threshold: float | None = None,
    batch_size: int = DEFAULT_BATCH_SIZE,
    on_progress: Callable[[PredictProgress], None] | None = None,
    should_stop: Callable[[], bool] | None = None,
) -> list[Prediction]:
    """Predict every photo in `paths` (files or folders), in batches.

    A file that cannot be read gets a `Prediction` with `error` set; the others
    are still predicted. `threshold` (two classes only) is the probability of
    the second class at which it wins; default: the model's own.

    Raises:
        TrainingCancelled: `should_stop` returned True.
    """
    if batch_size < 1:
        raise ValueError(f"batch_size must be at least 1. Received: batch_size={batch_size}")
    if threshold is not None:
        check_threshold(threshold, len(loaded.class_names))
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
                labels = decide(probabilities, threshold)
                for index, row, label in zip(ok, probabilities, labels):
                    results[index] = Prediction(
                        items[index][0], loaded.class_names[int(label)], float(row[int(label)]),
                        tuple(float(v) for v in row))
            done += len(chunk)
            if on_progress is not None:
                on_progress(PredictProgress(done, len(items)))
            if should_stop is not None and should_stop():
                raise TrainingCancelled("Prediction was cancelled.")
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
    outputs = loaded.predictor.predict_on_batch(np.asarray(images, dtype=np.float32))
    return class_probabilities(np.asarray(outputs))


def relabel(prediction: Prediction, class_names: Sequence[str], threshold: float) -> Prediction:
    """The same prediction under another decision threshold (two classes)."""
    if not prediction.ok or prediction.probabilities is None:
        return prediction
    label = int(decide(np.array([prediction.probabilities]), threshold)[0])
    return Prediction(prediction.path, class_names[label], prediction.probabilities[label],
                      prediction.probabilities)


def predictions_csv(predictions: Sequence[Prediction], class_names: Sequence[str]) -> str:
    """CSV text: path, label, probability, one probability column per class, error."""
    stream = io.StringIO()
    writer = csv.writer(stream, lineterminator="\n")
    writer.writerow(["path", "label", "probability",
                     *[f"p({name})" for name in class_names], "error"])
    for p in predictions:
        if p.ok:
            writer.writerow([str(p.path), p.label, f"{p.probability:.6f}",
                             *[f"{v:.6f}" for v in p.probabilities or ()], ""])
        else:
            writer.writerow([str(p.path), "", "", *[""] * len(class_names), p.error])
    return stream.getvalue()


def write_csv(predictions: Sequence[Prediction], class_names: Sequence[str],
              path: str | Path) -> Path:
    path = Path(path).expanduser()
    try:
        write_text_atomic(path, predictions_csv(predictions, class_names))
    except OSError as error:
        raise CoreError(f"The CSV file {path} could not be written: "
                        f"{error.strerror or error}.") from error
    return path
