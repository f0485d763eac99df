"""A window with the validation photos of one confusion-matrix square, most confident first."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QSize, Qt, Slot
from PySide6.QtGui import QIcon, QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.thumbnail_cache import pil_to_qimage
from app.widgets.preview import PhotoPreview
from app.worker import OneAtATime
from core.errors import ImageError
from core.thumbnails import make_thumbnail

ICON_SIZE = 112


@dataclass(frozen=True)
class CellPhoto:
    path: Path
    confidence: float  # how sure the model was of its answer


class CellPhotos(QDialog):
    """Thumbnails (made in the background) on the left, the chosen photo large on the right."""

    def __init__(self, title: str, explanation: str, photos: list[CellPhoto],
                 cache_dir: Path | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.resize(900, 560)
        self.photos = photos
        heading = QLabel(explanation)
        heading.setWordWrap(True)
        self.list = QListWidget()
        self.list.setViewMode(QListWidget.ViewMode.IconMode)
        self.list.setIconSize(QSize(ICON_SIZE, ICON_SIZE))
        self.list.setGridSize(QSize(ICON_SIZE + 28, ICON_SIZE + 44))
        self.list.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.list.setMovement(QListWidget.Movement.Static)
        self.list.setWordWrap(True)
        for photo in photos:
            item = QListWidgetItem(f"{photo.confidence:.0%} sure\n{photo.path.name}")
            item.setToolTip(str(photo.path))
            item.setTextAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
            self.list.addItem(item)
        self.preview = PhotoPreview()
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.list)
        split.addWidget(self.preview)
        split.setSizes([420, 480])
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(split, 1)
        layout.addWidget(buttons)
        self.list.currentRowChanged.connect(self._show_row)
        self._thumbnails = OneAtATime(self)
        self._thumbnails.start(self._thumbnail_job([p.path for p in photos], cache_dir),
                               progress=self._set_icon)
        if photos:
            self.list.setCurrentRow(0)

    @staticmethod
    def _thumbnail_job(paths: list[Path], cache_dir: Path | None):
        def job(on_progress, should_stop):
            for row, path in enumerate(paths):
                if should_stop():
                    return
                try:
                    on_progress((row, pil_to_qimage(make_thumbnail(path, ICON_SIZE, cache_dir))))
                except ImageError:
                    on_progress((row, None))

        return job

    @Slot(object)
    def _set_icon(self, update) -> None:
        row, image = update
        item = self.list.item(row)
        if item is None:
            return
        if image is None:
            item.setText(item.text() + "\n(cannot be read)")
        else:
            item.setIcon(QIcon(QPixmap.fromImage(image)))

    @Slot(int)
    def _show_row(self, row: int) -> None:
        if 0 <= row < len(self.photos):
            self.preview.show_photo(self.photos[row].path)

    def done(self, result: int) -> None:
        self._thumbnails.shutdown()
        self.preview.shutdown()
        super().done(result)

    def closeEvent(self, event) -> None:
        self._thumbnails.shutdown()
        self.preview.shutdown()
        super().closeEvent(event)
