"""What went wrong with a training run, in words a non-programmer can act on.

Translated under the context "TrainErrors"; the engine's own sentence inside a message
(a `CoreError`'s text) goes through `app.i18n.engine_text`.
"""

from __future__ import annotations

from core.errors import CoreError, DatasetError, ModelFileError, WeightsError
from core.messages import QT_TRANSLATE_NOOP  # the marker lupdate reads, without Qt

CONTEXT = "TrainErrors"
_OUT_OF_MEMORY = QT_TRANSLATE_NOOP(
    "TrainErrors", "The computer ran out of memory while training. Choose the Quick preset, or "
    "a smaller photo size or fewer photos per step under Advanced, close other programs, and "
    "start again.")


def is_out_of_memory(error: BaseException) -> bool:
    # TensorFlow's ResourceExhaustedError is matched by name: the app never imports TensorFlow.
    return isinstance(error, MemoryError) or type(error).__name__ == "ResourceExhaustedError" \
        or "OOM when allocating" in str(error)


def explain(error: BaseException) -> str:
    """One message: what happened and what to do next."""
    # Qt only here: the training process imports this module (`is_out_of_memory`) and
    # stays free of Qt.
    from PySide6.QtCore import QCoreApplication

    from app.i18n import engine_text

    if is_out_of_memory(error):
        return QCoreApplication.translate(CONTEXT, _OUT_OF_MEMORY)
    said = engine_text(str(error))
    if isinstance(error, WeightsError):
        return QCoreApplication.translate(
            "TrainErrors", "{problem} You can choose a weights file under Advanced → "
            "“Starting model file”.").format(problem=said)
    if isinstance(error, DatasetError):
        return QCoreApplication.translate(
            "TrainErrors", "These photos cannot be trained on yet: {problem} Sort more photos "
            "into each class on the Sort step, then start again.").format(problem=said)
    if isinstance(error, ModelFileError):
        return QCoreApplication.translate(
            "TrainErrors", "The trained model could not be saved: {problem} Check that the "
            "workspace folder can be written and has free space, then train again.").format(
                problem=said)
    if isinstance(error, CoreError):
        return QCoreApplication.translate(
            "TrainErrors", "{problem} Fix this, then start again.").format(problem=said)
    if isinstance(error, OSError):
        return QCoreApplication.translate(
            "TrainErrors", "A file could not be read or written ({problem}). Check the "
            "workspace folder and the free disk space, then start again.").format(
                problem=error.strerror or said)
    if isinstance(error, ValueError):
        return QCoreApplication.translate(
            "TrainErrors", "A setting is not valid: {problem}. Change it under Advanced and "
            "start again.").format(problem=said)
    return QCoreApplication.translate(
        "TrainErrors", "Training stopped because of an unexpected problem ({problem}). Try "
        "again; if it happens again, try the Quick preset.").format(
            problem=f"{type(error).__name__}: {error}")
