"""Does an export answer like the app? Run it in its own runtime on the run's validation photos.

Each format is run the way another program would run it: a ``.tflite`` file in
LiteRT (TensorFlow's own TFLite interpreter where LiteRT is not installed), a
SavedModel folder with ``tf.saved_model.load``, and a ``.keras`` file with plain
``keras.saving.load_model`` in a fresh Python process, which proves that it
loads without Alpaca Studio. Its answers are compared with the app's own
(`core.prediction.predict_arrays`) on the very same decoded photos.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from core.errors import CoreError, ImageError
from core.evaluation import class_probabilities, decide
from core.images import load_array
from core.messages import QT_TRANSLATE_NOOP, say
from core.model_files import LoadedModel
from core.prediction import predict_arrays
from core.run_index import read_run_evaluation

FORMATS = ("keras", "savedmodel", "tflite")
_BATCH = 32
_FRESH_PROCESS_SECONDS = 600
# Run in a fresh interpreter with `-I` (no current folder, no PYTHONPATH, no user site):
# only Keras itself is there to load the file.
_KERAS_SCRIPT = """
import sys
import numpy as np
import keras
model = keras.saving.load_model(sys.argv[1])
np.save(sys.argv[3], np.asarray(model.predict(np.load(sys.argv[2]), batch_size=32, verbose=0)))
"""


class ExportCheckError(CoreError):
    """The exported file could not be run in its own runtime."""


@dataclass(frozen=True)
class ExportCheck:
    """How an export's answers compare with the app's on the same photos."""

    photos: int  # photos both answered
    same_label: int  # of those, how many got the same label
    max_probability_difference: float  # largest difference of any class probability, 0–1
    differing: tuple[Path, ...]  # the photos whose label differs
    unreadable: tuple[Path, ...] = ()  # photos that could not be read (left out)

    @property
    def all_same(self) -> bool:
        """Every photo checked got the app's label (and at least one photo was checked)."""
        return self.photos > 0 and self.same_label == self.photos

    def summary(self) -> str:
        """One plain sentence, e.g. "60 of 60 photos get the same answer as in Alpaca Studio
        (largest difference 0.3%)"."""
        if self.photos == 0 and not self.unreadable:
            return QT_TRANSLATE_NOOP(
                "core", "The export could not be checked: this model has no validation photos "
                "saved with it (only a model in its run folder has them).")
        if self.photos == 0:
            return QT_TRANSLATE_NOOP(
                "core", "The export could not be checked: none of the run's validation photos "
                "could be read (were they moved or deleted?).")
        largest = _percent(self.max_probability_difference)
        if not self.differing:
            return say(QT_TRANSLATE_NOOP(
                "core", "{same} of {photos} photos get the same answer as in Alpaca Studio "
                "(largest difference {largest})."),
                same=self.same_label, photos=self.photos, largest=largest)
        names = ", ".join(path.name for path in self.differing[:5])
        if len(self.differing) > 5:
            names = say(QT_TRANSLATE_NOOP("core", "{names} and {count} more"),
                        names=names, count=len(self.differing) - 5)
        return say(QT_TRANSLATE_NOOP(
            "core", "{same} of {photos} photos get the same answer as in Alpaca Studio (largest "
            "difference {largest}); the export answers differently for {names}. Do not use this "
            "export: export again, or report it."),
            same=self.same_label, photos=self.photos, largest=largest, names=names)

    def to_dict(self) -> dict:
        """What ``--json`` carries as ``"verified"``."""
        return {"photos": self.photos, "same_label": self.same_label,
                "max_probability_difference": round(self.max_probability_difference, 6),
                "differing": [str(path) for path in self.differing],
                "unreadable": [str(path) for path in self.unreadable]}


def validation_photos(run: LoadedModel | str | Path) -> list[Path]:
    """The validation photos saved with a run (its ``evaluation.json``), in their order.

    `run` is a run folder or a model loaded from one; a model file without its
    run folder has none (an empty list).
    """
    folder = Path(run.path).parent if isinstance(run, LoadedModel) else Path(run)
    if folder.is_file():
        folder = folder.parent
    evaluation = read_run_evaluation(folder) or {}
    rows = evaluation.get("predictions")
    if not isinstance(rows, list):
        return []
    return [Path(row["path"]) for row in rows
            if isinstance(row, dict) and isinstance(row.get("path"), str)]


def check_export(loaded: LoadedModel, format: str, path: str | Path,
                 photos: Sequence[str | Path] | None = None) -> ExportCheck:
    """Run the export at `path` in its own runtime on `photos` and compare with the app.

    Args:
        loaded: the model that was exported (the app's answers come from it).
        format: ``"tflite"``, ``"savedmodel"`` or ``"keras"`` (as `core.export.FORMATS`).
        path: the exported file or SavedModel folder.
        photos: the photos to compare on; default: the run's validation photos.

    Raises:
        ExportCheckError: the export could not be loaded or run (the reason in plain words).
    """
    if format not in FORMATS:
        raise ValueError(f"format must be one of {FORMATS}. Received: format={format!r}")
    path = Path(path)
    photos = validation_photos(loaded) if photos is None else [Path(p) for p in photos]
    side = loaded.image_size
    arrays, kept, unreadable = [], [], []
    for photo in photos:
        try:
            arrays.append(load_array(photo, (side, side)))
            kept.append(photo)
        except ImageError:
            unreadable.append(photo)
    if not arrays:
        return ExportCheck(0, 0, 0.0, (), tuple(unreadable))
    images = np.stack(arrays).astype(np.float32)
    app = np.concatenate([predict_arrays(loaded, images[i:i + _BATCH])
                          for i in range(0, len(images), _BATCH)])
    runner = {"tflite": _run_tflite, "savedmodel": _run_savedmodel, "keras": _run_keras}[format]
    try:
        exported = class_probabilities(runner(path, images))
    except ExportCheckError:
        raise
    except Exception as error:  # every runtime has its own kinds of failure
        raise ExportCheckError(say(QT_TRANSLATE_NOOP(
            "core", "The export {path} could not be run to check it ({detail})."),
            path=path, detail=_first_line(error))) from error
    if exported.shape != app.shape:
        raise ExportCheckError(say(QT_TRANSLATE_NOOP(
            "core", "The export {path} gives {answers} answers per photo, not the {expected} of "
            "the model it came from."),
            path=path, answers=exported.shape[1], expected=app.shape[1]))
    threshold = loaded.metadata.threshold
    same = decide(app, threshold) == decide(exported, threshold)
    return ExportCheck(
        photos=len(kept), same_label=int(same.sum()),
        max_probability_difference=float(np.abs(app - exported).max()),
        differing=tuple(photo for photo, ok in zip(kept, same) if not ok),
        unreadable=tuple(unreadable))


def _run_tflite(path: Path, images: np.ndarray) -> np.ndarray:
    try:
        from ai_edge_litert.interpreter import Interpreter
    except ImportError:  # LiteRT has no wheel for some systems; the same kernels in TF
        from tensorflow.lite import Interpreter
    interpreter = Interpreter(model_path=str(path))
    interpreter.allocate_tensors()
    (given,) = interpreter.get_input_details()
    (answer,) = interpreter.get_output_details()
    outputs = []
    for image in images:  # one photo at a time, as an app on a phone runs it
        interpreter.set_tensor(given["index"], image[np.newaxis].astype(given["dtype"]))
        interpreter.invoke()
        outputs.append(np.array(interpreter.get_tensor(answer["index"])[0]))
    return np.stack(outputs)


def _run_savedmodel(path: Path, images: np.ndarray) -> np.ndarray:
    import tensorflow as tf

    restored = tf.saved_model.load(str(path))  # kept referenced: `serve` needs its variables
    return np.concatenate([np.asarray(restored.serve(tf.constant(images[i:i + _BATCH])))
                           for i in range(0, len(images), _BATCH)])


def _run_keras(path: Path, images: np.ndarray) -> np.ndarray:
    with tempfile.TemporaryDirectory(prefix="alpaca-export-check-") as work:
        given, answers = Path(work, "photos.npy"), Path(work, "answers.npy")
        np.save(given, images)
        environment = {**os.environ, "TF_CPP_MIN_LOG_LEVEL": "2"}
        try:
            done = subprocess.run(
                [sys.executable, "-I", "-c", _KERAS_SCRIPT, str(path.resolve()), str(given),
                 str(answers)],
                cwd=work, env=environment, capture_output=True, text=True,
                timeout=_FRESH_PROCESS_SECONDS)
        except subprocess.TimeoutExpired as error:
            raise ExportCheckError(say(QT_TRANSLATE_NOOP(
                "core", "Loading the export {path} in Keras took longer than {minutes} minutes."),
                path=path, minutes=_FRESH_PROCESS_SECONDS // 60)) from error
        if done.returncode != 0 or not answers.is_file():
            raise ExportCheckError(say(QT_TRANSLATE_NOOP(
                "core", "The export {path} does not load in plain Keras ({detail})."),
                path=path, detail=_last_line(done.stderr)))
        return np.load(answers)


def _percent(value: float) -> str:
    percent = value * 100
    return f"{percent:.1f}%" if percent >= 0.05 or percent == 0 else QT_TRANSLATE_NOOP(
        "core", "under 0.1%")


def _first_line(error: BaseException) -> str:
    text = str(error).strip().splitlines()
    return text[0][:300] if text else type(error).__name__


def _last_line(text: str) -> str:
    lines = [line for line in text.strip().splitlines() if line.strip()]
    return lines[-1][:300] if lines else QT_TRANSLATE_NOOP("core", "no reason given")
