"""A large preview of the current photo, loaded in the background, EXIF rotation applied."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize, Qt, Slot
from PySide6.QtGui import QPixmap, QResizeEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QVBoxLayout, QWidget

from app.i18n import engine_text
from app.thumbnail_cache import pil_to_qimage
from app.worker import OneAtATime
from core.errors import ImageError
from core.images import open_rgb

PREVIEW_PIXELS = 1400


class PhotoPreview(QWidget):
    """Shows one photo as large as the space allows, with its name and size below."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._image = QLabel(alignment=Qt.AlignmentFlag.AlignCenter)
        self._image.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        self._image.setMinimumSize(QSize(160, 120))
        self._caption = QLabel(alignment=Qt.AlignmentFlag.AlignCenter)
        self._caption.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._caption.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._image, 1)
        layout.addWidget(self._caption)
        self._pixmap: QPixmap | None = None
        self._path: Path | None = None
        self._wanted: Path | None = None
        self._loading = OneAtATime(self)  # a photo wanted meanwhile loads next
        self.show_photo(None)

    @property
    def photo(self) -> Path | None:
        return self._path

    @property
    def caption(self) -> str:
        return self._caption.text()

    def show_photo(self, path: Path | None) -> None:
        """Show `path` (None: a hint to pick a photo); the newest request wins."""
        self._wanted = path
        if path is None:
            self._path, self._pixmap = None, None
            self._image.setPixmap(QPixmap())
            self._image.setText(self.tr("Select a photo to see it here."))
            self._caption.setText("")
            return
        if not self._loading.busy:
            self._load(path)

    def shutdown(self) -> None:
        self._wanted = None
        self._loading.shutdown()

    def _load(self, path: Path) -> None:
        def job(_on_progress, _should_stop):
            try:
                image = open_rgb(path, (PREVIEW_PIXELS, PREVIEW_PIXELS), fit="within")
            except ImageError as error:
                return path, None, error.reason
            return path, pil_to_qimage(image), None

        self._loading.start(job, self._on_loaded, failure=self._on_failed)

    @Slot(object)
    def _on_loaded(self, result) -> None:
        path, image, reason = result
        if self._wanted != path:
            if self._wanted is not None:
                self._load(self._wanted)
            return
        self._path = path
        if image is None:
            self._pixmap = None
            self._image.setPixmap(QPixmap())
            self._image.setText("⚠ " + self.tr("This file cannot be read:\n{reason}").format(
                reason=engine_text(reason)))
            self._caption.setText(path.name)
            return
        self._pixmap = QPixmap.fromImage(image)
        self._caption.setText(path.name)
        self._rescale()

    @Slot(object)
    def _on_failed(self, error: object) -> None:
        self._image.setText(self.tr("The preview failed: {error}").format(
            error=engine_text(str(error))))
        if self._wanted is not None and self._wanted != self._path:
            self._load(self._wanted)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._rescale()

    def _rescale(self) -> None:
        if self._pixmap is None:
            return
        ratio = self.devicePixelRatioF()
        target = self._image.size() * ratio
        scaled = self._pixmap.scaled(target, Qt.AspectRatioMode.KeepAspectRatio,
                                     Qt.TransformationMode.SmoothTransformation)
        scaled.setDevicePixelRatio(ratio)
        self._image.setPixmap(scaled)
