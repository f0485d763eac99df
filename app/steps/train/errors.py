"""What went wrong with a training run, in words a non-programmer can act on."""

from __future__ import annotations

from core.errors import CoreError, DatasetError, ModelFileError, WeightsError

_OUT_OF_MEMORY = ("The computer ran out of memory while training. Choose the Quick preset, or "
                  "a smaller photo size or fewer photos per step under Advanced, close other "
                  "programs, and start again.")


def is_out_of_memory(error: BaseException) -> bool:
    # TensorFlow's ResourceExhaustedError is matched by name: the app never imports TensorFlow.
    return isinstance(error, MemoryError) or type(error).__name__ == "ResourceExhaustedError" \
        or "OOM when allocating" in str(error)


def explain(error: BaseException) -> str:
    """One message: what happened and what to do next."""
    if is_out_of_memory(error):
        return _OUT_OF_MEMORY
    if isinstance(error, WeightsError):
        return (f"{error} You can choose a weights file under Advanced → "
                "“Starting model file”.")
    if isinstance(error, DatasetError):
        return (f"These photos cannot be trained on yet: {error} Sort more photos into each "
                "class on the Sort step, then start again.")
    if isinstance(error, ModelFileError):
        return (f"The trained model could not be saved: {error} Check that the workspace "
                "folder can be written and has free space, then train again.")
    if isinstance(error, CoreError):
        return f"{error} Fix this, then start again."
    if isinstance(error, OSError):
        return (f"A file could not be read or written ({error.strerror or error}). Check the "
                "workspace folder and the free disk space, then start again.")
    if isinstance(error, ValueError):
        return f"A setting is not valid: {error}. Change it under Advanced and start again."
    return (f"Training stopped because of an unexpected problem ({type(error).__name__}: "
            f"{error}). Try again; if it happens again, try the Quick preset.")
