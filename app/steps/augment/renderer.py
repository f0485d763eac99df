"""Renders the augmentation preview off the GUI thread: the newest request wins.

One render runs at a time. Requests arriving meanwhile replace each other
(only the newest is rendered next), and a result for a photo that is no longer
the one asked for is dropped. The grid therefore keeps following a moving
slider without a queue of stale work piling up behind it.
"""

from __future__ import annotations

import sys
import time
from collections import OrderedDict
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from PySide6.QtCore import QObject, QTimer, Signal, Slot
from PySide6.QtGui import QImage

from app.engine import engine_loaded
from app.worker import OneAtATime
from core.augment_config import AugmentConfig
from core.errors import ImageError
from core.images import load_array

VERSIONS = 9
# An idle renderer starts once the event loop has delivered the events already queued
# (0 ms): they are rendered once. While a render runs, later changes only replace the
# waiting request, so a drag renders as often as the machine can, never falling behind.
DEBOUNCE_MS = 0
_KEPT_PHOTOS = 8  # decoded photos kept, each at one size


@dataclass(frozen=True)
class RenderRequest:
    photo: Path
    config: AugmentConfig
    seed: int
    size: int


@dataclass(frozen=True)
class RenderResult:
    request: RenderRequest
    original: QImage | None
    versions: tuple[QImage, ...]
    arrays: tuple[np.ndarray, ...]  # the versions' pixels, as training would see them
    reason: str | None  # why the photo cannot be read; None when it could
    seconds: float  # the render alone, in the worker


def array_to_qimage(array: np.ndarray) -> QImage:
    """A `QImage` owning a copy of an RGB uint8 array (safe in any thread)."""
    array = np.ascontiguousarray(array, dtype=np.uint8)
    height, width, _ = array.shape
    return QImage(array.data, width, height, 3 * width, QImage.Format.Format_RGB888).copy()


def _render_job(request: RenderRequest, photo_array: np.ndarray | None):
    def job(on_progress, _should_stop):
        started = time.perf_counter()
        image = photo_array
        if image is None:
            try:
                image = load_array(request.photo, (request.size, request.size))
            except ImageError as error:
                return RenderResult(request, None, (), (), error.reason, 0.0), None
        first_load = "core.augment" not in sys.modules
        if first_load:
            on_progress("loading")
        from core.augment import preview_reusing_layers  # TensorFlow: only in the worker

        if first_load:
            engine_loaded()

        versions = preview_reusing_layers(image, request.config, VERSIONS, request.seed)
        result = RenderResult(request, array_to_qimage(image),
                              tuple(array_to_qimage(v) for v in versions), tuple(versions),
                              None, time.perf_counter() - started)
        return result, image

    return job


class AugmentRenderer(QObject):
    rendered = Signal(object)  # RenderResult
    loading = Signal()  # the first render is importing TensorFlow
    failed = Signal(object)  # the exception

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._wanted: RenderRequest | None = None
        self._running: RenderRequest | None = None
        self._rendering = OneAtATime(self)  # the newest request waits its turn
        # A photo is decoded at the size training uses: another size needs another decoding.
        self._photos: OrderedDict[tuple[Path, int], np.ndarray] = OrderedDict()
        self._closed = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self._start)

    @property
    def busy(self) -> bool:
        return self._rendering.busy or self._timer.isActive()

    @property
    def running(self) -> RenderRequest | None:
        """The request being rendered right now, if any."""
        return self._running

    def request(self, request: RenderRequest) -> None:
        """Render `request` soon; it replaces any request not yet started."""
        if self._closed:
            return
        self._wanted = request
        if not self._rendering.busy and not self._timer.isActive():
            self._timer.start()

    def forget(self, photo: Path) -> None:
        """The photo may have changed on disk: read it again next time, at every size."""
        for key in [key for key in self._photos if key[0] == photo]:
            del self._photos[key]

    def shutdown(self) -> None:
        self._closed = True
        self._timer.stop()
        self._wanted = None
        self._rendering.shutdown()

    @Slot()
    def _start(self) -> None:
        request = self._wanted
        if request is None or self._rendering.busy or self._closed:
            return
        self._running = request
        photo_array = self._photos.get((request.photo, request.size))
        self._rendering.start(_render_job(request, photo_array), self._on_finished,
                              failure=self._on_failed,
                              progress=lambda _event: self.loading.emit())

    @Slot(object)
    def _on_finished(self, outcome: tuple[RenderResult, np.ndarray | None]) -> None:
        self._running = None
        result, photo_array = outcome
        photo = result.request.photo
        if photo_array is not None:
            key = (photo, result.request.size)
            self._photos[key] = photo_array
            self._photos.move_to_end(key)
            while len(self._photos) > _KEPT_PHOTOS:
                self._photos.popitem(last=False)
        wanted = self._wanted
        if wanted is not None and wanted.photo == photo and wanted.size == result.request.size:
            self.rendered.emit(result)  # an older config of this photo still shows the drag
        if wanted is not None and wanted != result.request:
            self._start()

    @Slot(object)
    def _on_failed(self, error: object) -> None:
        failed, self._running = self._running, None
        self.failed.emit(error)
        if self._wanted is not None and self._wanted != failed:
            self._start()  # a newer request may well succeed
