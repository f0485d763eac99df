"""Thumbnails made in the background, visible ones first, and kept in a bounded cache.

Only what a grid paints is asked for (`pixmap`), so a class of thousands of photos
costs the thumbnails on screen. Each is made once per file and size and kept on disk
(`core.thumbnails`), so a restart reads them back instead of decoding the photos.
The thumbnails that arrive together are announced together (`ready_many`, at most
every `ANNOUNCE_MS`): a grid repaints once for a screenful, not once per photo.
"""

from __future__ import annotations

import threading
import time
from collections import OrderedDict, deque
from collections.abc import Iterable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPalette, QPixmap
from PySide6.QtWidgets import QApplication

from core.errors import ImageError
from core.images import open_rgb
from core.thumbnails import make_thumbnail

THUMBNAIL_SIZE = 112
MEMORY_LIMIT = 1500
# Requests for photos scrolled past long ago are dropped beyond this many (newest kept):
# a fast scroll through thousands must not queue a thumbnail for every row it passed.
URGENT_LIMIT = 256
ANNOUNCE_MS = 30
# The window's thread turns at most this long (seconds) per turn of its event loop into
# made thumbnails, then lets the loop run: read back from the disk cache on a restart,
# hundreds arrive while a pane scrolls, and taking them all in one turn paused the
# window 80-110 ms (benchmarks/bench_gui_scale.py), 0.2 ms of pixmap each.
DELIVERY_BUDGET = 0.008
# A rest between two background checks (seconds): a tray of thousands is checked a
# little slower, and the GUI thread gets the interpreter and a core in between.
BACKGROUND_REST = 0.005


def pil_to_qimage(image) -> QImage:
    """A `QImage` owning a copy of the RGB `PIL.Image`'s pixels (safe in any thread)."""
    data = image.tobytes()
    width, height = image.size
    return QImage(data, width, height, 3 * width, QImage.Format.Format_RGB888).copy()


class ThumbnailCache(QObject):
    """Asks for thumbnails lazily; `ready_many(paths)` tells the models what can be redrawn.

    One thread, started with the first request and kept until `shutdown`, works
    through both queues: a scroll asks for a few thumbnails at a time, and a thread
    started and ended per burst cost the window's thread a millisecond each, hundreds
    of times per pane.
    """

    ready = Signal(object)
    """One photo's thumbnail or reason is known (its path); `ready_many` carries the same."""
    ready_many = Signal(object)
    """The photos whose thumbnails or reasons became known since the last time (a list)."""
    _made = Signal()  # from the worker thread: `_done` has events, and none was signalled

    def __init__(self, cache_dir: Path | None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._cache_dir = cache_dir
        self._ratio = max(1.0, QApplication.primaryScreen().devicePixelRatio()
                          if QApplication.primaryScreen() else 1.0)
        self._pixels = round(THUMBNAIL_SIZE * self._ratio)
        self._pixmaps: OrderedDict[Path, QPixmap] = OrderedDict()
        self._reasons: dict[Path, str] = {}
        self._readable: set[Path] = set()
        self._lock = threading.Lock()
        self._urgent: deque[Path] = deque()
        self._background: deque[Path] = deque()
        self._queued: set[Path] = set()
        self._queued_urgent: set[Path] = set()
        self._wake = threading.Condition(self._lock)  # the worker waits on it for work
        self._worker: threading.Thread | None = None
        self._working = False  # the worker is making one (under the lock)
        # (path, image or None, reason or None), made by the worker and not yet taken in.
        self._done: deque[tuple[Path, QImage | None, str | None]] = deque()
        self._delivering = False  # a `_made` is on its way or being taken in (under the lock)
        self._made.connect(self._take_in, Qt.ConnectionType.QueuedConnection)
        self._closed = False
        self._placeholders: dict[str, QPixmap] = {}
        self._fresh: dict[Path, None] = {}  # made since the last announcement, in order
        self._announce = QTimer(self, singleShot=True, interval=ANNOUNCE_MS)
        self._announce.timeout.connect(self._announce_fresh)

    def pixmap(self, path: Path) -> QPixmap | None:
        """The thumbnail if it is ready; otherwise it is asked for and None is returned."""
        pixmap = self._pixmaps.get(path)
        if pixmap is not None:
            self._pixmaps.move_to_end(path)
            return pixmap
        if path not in self._reasons:
            self._enqueue([path], urgent=True)
        return None

    @property
    def busy(self) -> bool:
        """Thumbnails or checks are waiting or being made."""
        with self._lock:
            return self._working or bool(self._urgent or self._background or self._done)

    def reason(self, path: Path) -> str | None:
        """Why the photo cannot be read, once that is known; None otherwise."""
        return self._reasons.get(path)

    def prefetch(self, paths: Iterable[Path]) -> None:
        """Check these photos in the background, after the visible ones."""
        self._enqueue([p for p in paths if p not in self._reasons and p not in self._readable],
                      urgent=False)

    def check_now(self, path: Path) -> str | None:
        """Whether the photo can be read, checked right away if not known yet."""
        if path in self._reasons:
            return self._reasons[path]
        if path in self._readable or path in self._pixmaps:
            return None
        try:
            open_rgb(path, (32, 32), fit="within")
        except ImageError as error:
            self._reasons[path] = error.reason
            self._tell(path)
            return error.reason
        self._readable.add(path)
        return None

    def forget(self, path: Path) -> None:
        """Drop what is known about `path` (the file at that name may change)."""
        self._pixmaps.pop(path, None)
        self._reasons.pop(path, None)
        self._readable.discard(path)

    def placeholder(self, kind: str) -> QPixmap:
        """A square drawn in the palette's colours: ``"loading"`` or ``"unreadable"``."""
        if kind not in self._placeholders:
            self._placeholders[kind] = self._draw_placeholder(kind)
        return self._placeholders[kind]

    def shutdown(self) -> None:
        self._closed = True
        self._announce.stop()
        with self._lock:
            self._urgent.clear()
            self._background.clear()
            self._queued.clear()
            self._queued_urgent.clear()
            self._done.clear()
            self._wake.notify_all()
        if self._worker is not None:
            self._worker.join(timeout=10)  # it ends after the thumbnail it is making
            self._worker = None

    def _enqueue(self, paths: list[Path], urgent: bool) -> None:
        if self._closed or not paths:
            return
        with self._lock:
            for path in paths:
                if urgent and path not in self._queued_urgent:
                    self._urgent.append(path)  # newest first: what was just scrolled to
                    self._queued_urgent.add(path)
                    if len(self._urgent) > URGENT_LIMIT:
                        self._queued_urgent.discard(self._urgent.popleft())
                elif not urgent and path not in self._queued:
                    self._background.append(path)
                    self._queued.add(path)
        self._start()

    def _start(self) -> None:
        # Called with the new requests queued; the worker wakes up for them.
        if self._closed:
            return
        with self._lock:
            if self._worker is None:
                self._worker = threading.Thread(target=self._work, name="thumbnails",
                                                daemon=True)
                self._worker.start()
            self._wake.notify()

    def _work(self) -> None:
        """The worker thread: makes what is asked for, visible photos first, until closed."""
        cache_dir, pixels = self._cache_dir, self._pixels
        while True:
            with self._lock:
                self._working = False
                item = self._next()
                while item is None and not self._closed:
                    self._wake.wait()
                    item = self._next()
                if self._closed:
                    return
                self._working = True
            path, urgent = item
            try:
                image = make_thumbnail(path, pixels, cache_dir)
            except ImageError as error:
                event = (path, None, error.reason)
            except OSError as error:
                event = (path, None, QCoreApplication.translate(
                    "ThumbnailCache", "the file cannot be read ({error})").format(error=error))
            except Exception as error:  # one odd file must not end the worker
                event = (path, None, str(error))
            else:
                event = (path, pil_to_qimage(image) if urgent else None, None)
            with self._lock:
                self._done.append(event)
                signal = not self._delivering
                self._delivering = True
            if signal:
                try:
                    self._made.emit()
                except RuntimeError:  # the cache is gone (its window closed without shutdown)
                    return
            if not urgent:
                time.sleep(BACKGROUND_REST)

    def _next(self) -> tuple[Path, bool] | None:
        # Called with the lock held.
        if self._urgent:
            # Stays in `_queued_urgent` until made: a repaint meanwhile asks nothing new.
            return self._urgent.pop(), True
        if self._background:
            path = self._background.popleft()
            self._queued.discard(path)
            return path, False
        return None

    @Slot()
    def _take_in(self) -> None:
        # What the worker made, for at most DELIVERY_BUDGET; the rest in the next turn.
        if self._closed:
            return
        end = time.perf_counter() + DELIVERY_BUDGET
        while True:
            with self._lock:
                if not self._done:
                    self._delivering = False
                    return
                event = self._done.popleft()
            self._on_made(event)
            if time.perf_counter() >= end:
                break
        QTimer.singleShot(0, self, self._take_in)

    def _on_made(self, event: tuple[Path, QImage | None, str | None]) -> None:
        path, image, reason = event
        if image is not None or reason is not None:
            with self._lock:
                self._queued_urgent.discard(path)
        if reason is not None:
            self._reasons[path] = reason
            self._readable.discard(path)
        else:
            self._readable.add(path)
            self._reasons.pop(path, None)
            if image is None:
                return  # a background check: nothing new to draw
            pixmap = QPixmap.fromImage(image)
            pixmap.setDevicePixelRatio(self._ratio)
            self._pixmaps[path] = pixmap
            while len(self._pixmaps) > MEMORY_LIMIT:
                self._pixmaps.popitem(last=False)
        self._tell(path)

    def _tell(self, path: Path) -> None:
        self._fresh[path] = None
        if not self._announce.isActive():
            self._announce.start()

    @Slot()
    def _announce_fresh(self) -> None:
        fresh, self._fresh = list(self._fresh), {}
        if not fresh or self._closed:
            return
        self.ready_many.emit(fresh)
        for path in fresh:
            self.ready.emit(path)

    def _draw_placeholder(self, kind: str) -> QPixmap:
        side = self._pixels
        pixmap = QPixmap(side, side)
        pixmap.fill(Qt.GlobalColor.transparent)
        palette = QApplication.palette()
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        inset = side // 8
        box = pixmap.rect().adjusted(inset, inset, -inset, -inset)
        if kind == "unreadable":
            painter.setBrush(QColor(200, 60, 50, 60))
            painter.setPen(QColor(200, 60, 50))
        else:
            painter.setBrush(palette.color(QPalette.ColorRole.Mid).lighter(115))
            painter.setPen(Qt.PenStyle.NoPen)
        painter.drawRoundedRect(box, side / 16, side / 16)
        if kind == "unreadable":
            font = QFont(painter.font())
            font.setPixelSize(max(8, side // 9))
            painter.setFont(font)
            painter.setPen(palette.color(QPalette.ColorRole.Text))
            #: a thumbnail's placeholder: three short lines in a small square
            painter.drawText(box, Qt.AlignmentFlag.AlignCenter,
                             "⚠\n" + self.tr("cannot\nbe read"))
        painter.end()
        pixmap.setDevicePixelRatio(self._ratio)
        return pixmap
