"""A small real model for the tests that need one: MobileNetV2 trained briefly on real alpacas."""

from __future__ import annotations

import shutil
from pathlib import Path

CLASSES = ("alpaca", "not alpaca")


def copy_photos(alpaca_dir: Path, folder: Path, per_class: int, *, last: bool = False,
                prefix: bool = False) -> list[Path]:
    """Copy `per_class` photos of each class (the first ones, or the last) out of the data set.

    Without `prefix` they go into ``folder/<class>/``; with it, all into `folder`,
    named ``<3 letters of the class>_<name>``.
    """
    copied = []
    for name in CLASSES:
        photos = sorted((alpaca_dir / name).iterdir())
        chosen = photos[-per_class:] if last else photos[:per_class]
        target = folder if prefix else folder / name
        target.mkdir(parents=True, exist_ok=True)
        for source in chosen:
            copy = target / (f"{name[:3]}_{source.name}" if prefix else source.name)
            shutil.copy(source, copy)
            copied.append(copy)
    return copied


def train_tiny_run(alpaca_dir: Path, work: Path, per_class: int = 12) -> Path:
    """Train 1 + 1 epochs on `per_class` photos of each class; return the saved run folder."""
    from core.runs import save_run
    from core.train_config import TrainConfig
    from core.training import train_classifier

    data = work / "data"
    copy_photos(alpaca_dir, data, per_class)
    result = train_classifier(data, TrainConfig(frozen_epochs=1, fine_tune_epochs=1,
                                                weights="imagenet"))
    run = work / "run"
    save_run(result, run)
    return run
