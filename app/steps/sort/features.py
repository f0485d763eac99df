"""The photos' features for the Sort page, computed in the background, never waited for.

What the suggestions and the wrong-folder check look at: the frozen MobileNetV2's
1,280 pooled numbers per photo, from `core.photo_features.FeatureSession` (which
builds the network once, in a child process: `app.steps.sort.feature_process`), the same
persistent cache training reads and fills (a photo a run has seen costs nothing
here, and the other way round). The store works only once the training engine has
loaded (`start`), one batch at a time, and hands each batch to
the window as it is done, so the first suggestions appear long before the last
photo has been looked at.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path

import numpy as np
from PySide6.QtCore import QObject, Signal

from app.steps.sort.feature_process import FeatureProcess
from app.worker import OneAtATime
from core.errors import CoreError

BATCH = 32

Compute = Callable[[Sequence[Path], Callable[[], bool]],
                   np.ndarray | tuple[np.ndarray, np.ndarray]]
"""(paths, should_stop) → ``(len(paths), dim)`` float32 features, NaN rows: unreadable;
or ``(features, thumbnails)`` with each photo's `core.near_copies.thumbnail`
``(len(paths), 256)`` besides (what `FeatureProcess` answers)."""


class FeatureStore(QObject):
    """Features and thumbnails by photo path; asks for missing ones, `updated()` on arrival."""

    updated = Signal()
    """New features are known (after each batch)."""
    progress = Signal(int, int)
    """(photos looked at, photos asked for) since the queue was last empty."""
    failed = Signal(str)
    """The features cannot be computed (no ImageNet weights, …): the reason in words."""

    def __init__(self, compute: Compute | None = None, parent: QObject | None = None):
        super().__init__(parent)
        self.compute: Compute = compute or FeatureProcess()
        self.features: dict[Path, np.ndarray] = {}
        # Each photo's 16 x 16 layout, when `compute` gives it: with the features, what
        # groups a recompressed or mirrored copy with its original, as `audit` does.
        self.thumbnails: dict[Path, np.ndarray] = {}
        self.unreadable: set[Path] = set()
        self.started = False
        self.error: str | None = None
        self._queue: list[Path] = []
        self._queued: set[Path] = set()
        self._lock = threading.Lock()
        self._jobs = OneAtATime(self)
        self._done = self._asked = 0

    @property
    def counts(self) -> tuple[int, int]:
        """(photos looked at, photos asked for) since the queue was last empty."""
        return min(self._done, self._asked), self._asked

    @property
    def busy(self) -> bool:
        return bool(self._queue) or self._jobs.busy

    def get(self, photo: Path) -> np.ndarray | None:
        return self.features.get(photo)

    def start(self) -> None:
        """The engine has loaded: look at the photos asked for so far, then at new ones."""
        self.started = True
        self._kick()

    def want(self, photos: Iterable[Path], first: bool = False) -> None:
        """Compute the features of `photos` that are not known yet (in the background);
        `first`: before the photos asked for earlier."""
        new = [p for p in photos if p not in self.features and p not in self.unreadable
               and p not in self._queued]
        if not new:
            return
        with self._lock:
            if first:
                self._queue[:0] = new
            else:
                self._queue.extend(new)
            self._queued.update(new)
        self._asked += len(new)
        self._kick()

    def moved(self, pairs: Iterable[tuple[Path, Path]]) -> None:
        """Photos got new paths (sorted, put back): their features go with them."""
        for old, new in pairs:
            if old in self.features:
                self.features[new] = self.features[old]
            if old in self.thumbnails:
                self.thumbnails[new] = self.thumbnails[old]

    def clear(self) -> None:
        """Another workspace: forget the queue (what is known stays: paths are paths)."""
        with self._lock:
            self._queue.clear()
            self._queued.clear()
        self._done = self._asked = 0

    def shutdown(self) -> None:
        self.clear()
        self._jobs.shutdown()
        close = getattr(self.compute, "close", None)
        if close is not None:
            close()

    def _kick(self) -> None:
        if not self.started or self.error is not None or self._jobs.busy or not self._queue:
            return

        def job(on_progress, should_stop):
            while not should_stop():
                with self._lock:
                    batch, self._queue[:BATCH] = self._queue[:BATCH], []
                if not batch:
                    return None
                try:
                    answer = self.compute(batch, should_stop)
                finally:
                    with self._lock:
                        self._queued.difference_update(batch)
                rows, layouts = answer if isinstance(answer, tuple) else (answer, None)
                rows = np.asarray(rows, dtype=np.float32)
                if layouts is not None:
                    layouts = np.asarray(layouts, dtype=np.float32)
                on_progress((batch, rows, layouts))
            return None

        self._jobs.start(job, lambda _result: self._kick(), failure=self._on_failed,
                         progress=self._on_batch)

    def _on_batch(self, event: tuple[list[Path], np.ndarray, np.ndarray | None]) -> None:
        batch, rows, layouts = event
        readable = np.isfinite(rows).all(axis=1)
        for number, photo in enumerate(batch):
            if readable[number]:
                self.features[photo] = rows[number]
                if layouts is not None:
                    self.thumbnails[photo] = layouts[number]
            else:
                self.unreadable.add(photo)
        self._done += len(batch)
        self.progress.emit(min(self._done, self._asked), self._asked)
        if not self._queue:
            self._done = self._asked = 0
        self.updated.emit()

    def _on_failed(self, error: object) -> None:
        if isinstance(error, CoreError):
            self.error = str(error)
        else:
            self.error = self.tr("an unexpected error ({error})").format(error=repr(error))
        self.failed.emit(self.error)
