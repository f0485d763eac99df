"""Tiny generated data sets and training runs shared by the engine tests.

Training even a tiny MobileNetV2 costs seconds (building and tracing the graph
dominates), so each kind of run is trained once per test session and shared:
`shared` keeps it for every module that asks for it.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from PIL import Image

from tests.badfiles import add_bad_files

PER_CLASS = 12
_CACHE: dict[str, object] = {}


def shared(key: str, make: Callable[[], object]) -> object:
    """`make()` once per test session; later calls with the same key get the same object."""
    if key not in _CACHE:
        _CACHE[key] = make()
    return _CACHE[key]


def make_dataset(root: Path, class_names: tuple[str, ...] = ("alpaca", "not alpaca"),
                 per_class: int = PER_CLASS, *, bad_files_in: str | None = None) -> Path:
    """Class folders of small distinct photos, each class with its own tint (learnable a bit).

    With `bad_files_in`, the bad-files kit is dropped into that class folder too.
    """
    root = Path(root)
    for number, name in enumerate(class_names):
        folder = root / name
        folder.mkdir(parents=True, exist_ok=True)
        for i in range(per_class):
            rng = np.random.default_rng([number, i])
            pixels = rng.integers(0, 120, (24, 32, 3), dtype=np.uint8)
            pixels[..., number % 3] += 120
            suffix = ".jpg" if i % 3 == 0 else ".png"
            Image.fromarray(pixels).save(folder / f"{name}-{i:03d}{suffix}")
    if bad_files_in is not None:
        add_bad_files(root / bad_files_in)
    return root


def snapshot(root: Path) -> dict[str, tuple]:
    """Every entry under `root` with its content hash, size and times (links by target)."""
    state: dict[str, tuple] = {}
    for folder, dirs, files in os.walk(root):
        for name in dirs + files:
            path = Path(folder, name)
            info = path.lstat()
            key = path.relative_to(root).as_posix()
            if path.is_symlink():
                state[key] = ("link", os.readlink(path))
            elif path.is_dir():
                state[key] = ("folder", info.st_mode)
            else:
                state[key] = ("file", hashlib.sha256(path.read_bytes()).hexdigest(),
                              info.st_size, info.st_mtime_ns, info.st_mode)
    return state


@dataclass
class BinaryRun:
    """The shared two-class run: its data (with bad files), events, result and saved run."""

    root: Path
    before: dict[str, tuple]
    after: dict[str, tuple]
    events: list
    result: object  # core.training.TrainResult
    run_dir: Path
    seconds: float


# One batch per epoch: every batch has the same shape, so TensorFlow traces each
# step once (tracing, not computing, is most of a tiny run's time).
BINARY_CONFIG = {"frozen_epochs": 1, "fine_tune_epochs": 1, "image_size": 96,
                 "weights": None, "batch_size": 32}


def binary_run(tmp_path_factory) -> BinaryRun:
    """Two classes of `PER_CLASS` photos plus the bad-files kit in ``alpaca/``, trained once."""

    def make() -> BinaryRun:
        import time

        from core.runs import save_run
        from core.train_config import TrainConfig
        from core.training import train_classifier

        base = tmp_path_factory.mktemp("binary-run")
        root = make_dataset(base / "photos", bad_files_in="alpaca")
        before = snapshot(root)
        events: list = []
        start = time.perf_counter()
        result = train_classifier(root, TrainConfig(**BINARY_CONFIG), on_progress=events.append)
        seconds = time.perf_counter() - start
        run_dir = base / "run"
        save_run(result, run_dir)
        return BinaryRun(root, before, snapshot(root), events, result, run_dir, seconds)

    return shared("binary", make)
