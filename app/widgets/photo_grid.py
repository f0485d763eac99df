"""A thumbnail grid that takes photos dropped from the file manager or from another grid."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent, QFocusEvent
from PySide6.QtWidgets import QAbstractItemView, QListView, QWidget

from app.photo_model import PATH_ROLE, PhotoListModel, decode_photos
from app.widgets.photo_delegate import PhotoDelegate


def local_files(event: QDropEvent | QDragEnterEvent | QDragMoveEvent) -> list[Path]:
    """The local files and folders a drag from the file manager carries."""
    mime = event.mimeData()
    if not mime.hasUrls():
        return []
    return [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]


class PhotoGrid(QListView):
    """Shows a `PhotoListModel`; reports drops as signals and leaves the work to its page."""

    photos_dropped = Signal(object, object)  # (source key, list of paths)
    files_dropped = Signal(object)  # list of local paths from outside the app
    focused = Signal()

    def __init__(self, model: PhotoListModel, icon_size: int,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setViewMode(QListView.ViewMode.IconMode)
        self.setMovement(QListView.Movement.Static)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setUniformItemSizes(True)
        # Lay out thousands of items in slices so the window never freezes.
        self.setLayoutMode(QListView.LayoutMode.Batched)
        self.setBatchSize(300)
        self.setIconSize(QSize(icon_size, icon_size))
        delegate = PhotoDelegate(icon_size, self)
        self.setItemDelegate(delegate)
        self.setGridSize(delegate.cell_size())
        self.setMouseTracking(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.viewport().setAcceptDrops(True)  # a real drag arrives at the viewport
        self.setDropIndicatorShown(False)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.verticalScrollBar().setSingleStep(24)
        # Last: each setting above would lay out every photo of the model again.
        self.setModel(model)

    def photo_model(self) -> PhotoListModel:
        model = self.model()
        assert isinstance(model, PhotoListModel)
        return model

    def selected_photos(self) -> list[Path]:
        rows = sorted(index.row() for index in self.selectionModel().selectedIndexes())
        model = self.photo_model()
        return [model.index(row).data(PATH_ROLE) for row in rows]

    def current_photo(self) -> Path | None:
        index = self.currentIndex()
        return index.data(PATH_ROLE) if index.isValid() else None

    def acted_on_photos(self) -> list[Path]:
        """What a key or button acts on: the selected photos, else the current one."""
        current = self.current_photo()
        return self.selected_photos() or ([current] if current else [])

    def select_row(self, row: int) -> None:
        """Make `row` (clamped to the grid) the only selected, current photo."""
        count = self.model().rowCount()
        if count == 0:
            self.clearSelection()
            return
        index = self.model().index(max(0, min(row, count - 1)), 0)
        self.selectionModel().setCurrentIndex(
            index, self.selectionModel().SelectionFlag.ClearAndSelect)
        self.scrollTo(index)

    def keyboardSearch(self, search: str) -> None:
        pass  # letters are class keys here, not a search for a file name

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self.focused.emit()

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self._accepts(event):
            event.setDropAction(Qt.DropAction.CopyAction if local_files(event)
                                else Qt.DropAction.MoveAction)
            event.accept()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        self.dragEnterEvent(event)

    def dropEvent(self, event: QDropEvent) -> None:
        internal = decode_photos(event.mimeData())
        if internal is not None:
            source, photos = internal
            if source != self.photo_model().key:
                # Reported as a copy so the dragging view removes nothing by itself.
                event.setDropAction(Qt.DropAction.CopyAction)
                event.accept()
                self.photos_dropped.emit(source, photos)
                return
        files = local_files(event)
        if files:
            event.setDropAction(Qt.DropAction.CopyAction)
            event.accept()
            self.files_dropped.emit(files)
            return
        event.ignore()

    def _accepts(self, event: QDragEnterEvent | QDragMoveEvent) -> bool:
        internal = decode_photos(event.mimeData())
        if internal is not None:
            return internal[0] != self.photo_model().key
        return bool(local_files(event))
