"""One row of thumbnails of the workspace's photos to pick one from."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QAbstractItemView, QLabel, QListView, QVBoxLayout, QWidget

from app.photo_model import PhotoListModel
from app.thumbnail_cache import ThumbnailCache
from app.widgets.photo_grid import PhotoGrid

STRIP_ICON_SIZE = 72


class PhotoStrip(QWidget):
    """Emits `chosen(path)` when a photo is picked, `files_dropped(paths)` for a drop on it."""

    chosen = Signal(object)
    files_dropped = Signal(object)

    def __init__(self, thumbnails: ThumbnailCache, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = PhotoListModel("augment-strip", thumbnails, self)
        self.grid = PhotoGrid(self.model, STRIP_ICON_SIZE)
        self.grid.setAccessibleName(self.tr("Photos of the workspace"))
        self.grid.setFlow(QListView.Flow.LeftToRight)
        self.grid.setWrapping(False)
        self.grid.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.grid.setDragEnabled(False)
        self.grid.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        cell = self.grid.gridSize()
        self.grid.setFixedHeight(cell.height() + self.grid.horizontalScrollBar().sizeHint()
                                 .height() + 2 * self.grid.frameWidth() + 4)
        self._title = QLabel()
        self._quiet = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self._title)
        layout.addWidget(self.grid)
        self.grid.selectionModel().currentChanged.connect(self._on_current)
        self.grid.files_dropped.connect(self.files_dropped)
        self.set_photos([])

    @property
    def photos(self) -> list[Path]:
        return self.model.photos

    def set_photos(self, photos: list[Path]) -> None:
        """Show `photos`, keeping the current one selected if it is still there."""
        current = self.grid.current_photo()
        self.model.set_photos(photos)
        count = len(self.model.photos)
        self._title.setText(
            self.tr("<b>Pick a photo</b> (%n in the workspace; you can also drop one here)", "",
                    count)
            if count else self.tr("<b>No photos in the workspace yet.</b> Sort some on the Sort "
                                  "page, or drop a photo here to try augmentation on it."))
        if current is not None and current in self.model:
            self.select(current)

    def select(self, photo: Path | None) -> None:
        """Mark `photo` as the current one (nothing selected when it is not in the strip)."""
        row = self.model.row_of(photo) if photo is not None else -1
        self._quiet = True  # the page chose it: no `chosen` back
        try:
            if row >= 0:
                self.grid.select_row(row)
            else:
                self.grid.clearSelection()
        finally:
            self._quiet = False

    def _on_current(self, current, _previous) -> None:
        photo = self.grid.current_photo()
        if current.isValid() and photo is not None and not self._quiet:
            self.chosen.emit(photo)
