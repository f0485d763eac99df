"""The picture part of a heatmap view: the photo as large as fits, the heatmap over it.

Also where the view's jobs live: `job_keeper()` owns them for the application's
lifetime, and `photo_job` decodes the photo shown (EXIF rotation applied).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QRect, QSize, Qt
from PySide6.QtGui import QImage, QPainter, QPaintEvent, QPalette, QPixmap
from PySide6.QtWidgets import QApplication, QSizePolicy, QWidget

from app.job import Job
from app.thumbnail_cache import pil_to_qimage
from core.errors import ImageError
from core.images import open_rgb

PHOTO_PIXELS = 1400  # the photo is decoded no larger than this (the screen shows less)


class HeatmapCanvas(QWidget):
    """The photo as large as fits, the heatmap stretched over exactly the same rectangle."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(QSize(160, 120))
        self.photo: QPixmap | None = None
        self.overlay: QImage | None = None
        self.text = ""
        self._scaled: QPixmap | None = None

    def sizeHint(self) -> QSize:
        return QSize(480, 360)

    def set_photo(self, photo: QPixmap | None, text: str = "") -> None:
        self.photo, self.text, self._scaled = photo, text, None
        self.update()

    def set_overlay(self, overlay: QImage | None) -> None:
        self.overlay = overlay
        self.update()

    def photo_rect(self) -> QRect:
        """Where the photo is drawn (the heatmap covers exactly this)."""
        if self.photo is None or self.photo.isNull():
            return QRect()
        ratio = self.photo.devicePixelRatio()
        size = (self.photo.size() / ratio).scaled(self.size(), Qt.AspectRatioMode.KeepAspectRatio)
        rect = QRect(0, 0, size.width(), size.height())
        rect.moveCenter(self.rect().center())
        return rect

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        rect = self.photo_rect()
        if rect.isValid():
            ratio = self.devicePixelRatioF()
            wanted = rect.size() * ratio
            if self._scaled is None or self._scaled.size() != wanted:
                # Scaled once per size, not on every paint (a toggle repaints).
                self._scaled = self.photo.scaled(wanted, Qt.AspectRatioMode.IgnoreAspectRatio,
                                                 Qt.TransformationMode.SmoothTransformation)
                self._scaled.setDevicePixelRatio(ratio)
            painter.drawPixmap(rect, self._scaled)
            if self.overlay is not None:
                painter.drawImage(rect, self.overlay)
        if self.text:
            painter.setPen(self.palette().color(QPalette.ColorRole.PlaceholderText))
            painter.drawText(self.rect().adjusted(12, 12, -12, -12),
                             Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap, self.text)
        painter.end()


_KEEPER: QObject | None = None


def job_keeper() -> QObject:
    """The owner of every heatmap view's jobs: lives as long as the application."""
    global _KEEPER
    if _KEEPER is None:
        _KEEPER = QObject(QApplication.instance())
    return _KEEPER


def photo_job(path: Path) -> Job:
    """Decode `path` for showing: ``(path, QImage or None, reason it cannot be read)``."""

    def job(_on_progress, _should_stop):
        try:
            image = open_rgb(path, (PHOTO_PIXELS, PHOTO_PIXELS), fit="within")
        except ImageError as error:
            return path, None, error.reason
        return path, pil_to_qimage(image), None

    return job
