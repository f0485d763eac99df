"""The exceptions `core` raises, each with a message a non-programmer can act on."""

from __future__ import annotations

from pathlib import Path


class CoreError(Exception):
    """Base class of every error Alpaca Studio's engine reports to a person."""


class ImageError(CoreError):
    """A file could not be read as a photo."""

    def __init__(self, path: str | Path, reason: str) -> None:
        self.path = Path(path)
        self.reason = reason
        super().__init__(f"{self.path}: {reason}")


class DatasetError(CoreError):
    """A folder of photos cannot be used for training as it is."""


class ModelFileError(CoreError):
    """A model file is missing, damaged or not one of ours."""


class WeightsError(CoreError):
    """The pretrained ImageNet weights could not be found or downloaded."""


class TrainingCancelled(CoreError):
    """The person asked the training to stop before it finished."""
