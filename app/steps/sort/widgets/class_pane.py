"""One class folder's photos, with its name, key, count and Rename / Remove buttons."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QToolButton, QVBoxLayout, QWidget

from app.photo_model import PhotoListModel
from app.steps.sort.widgets.elided_label import ElidedLabel
from app.steps.sort.widgets.sort_grid import SortGrid

PANE_ICON_SIZE = 64


class ClassPane(QFrame):
    """A drop target for photos; `key` is the class name, None for Unsorted."""

    rename_requested = Signal(str)
    """Rename… was clicked (the class name)."""
    remove_requested = Signal(str)
    """Remove… was clicked (the class name)."""

    def __init__(self, model: PhotoListModel, title: str, shortcut: str = "",
                 icon_size: int = PANE_ICON_SIZE, renamable: bool = True,
                 empty_text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("classPane")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.grid = SortGrid(model, icon_size, empty_text)
        self.grid.setAccessibleName(self.tr("Photos in {name}").format(name=title))
        self.title_label = ElidedLabel()
        font = self.title_label.font()
        font.setBold(True)
        self.title_label.setFont(font)
        self._count = QLabel()
        self._key = QLabel()
        self._key.setObjectName("keyBadge")
        self._key.setStyleSheet("#keyBadge { border: 1px solid palette(mid); border-radius: 4px;"
                                " padding: 0px 5px; font-weight: bold; }")
        self._key.setToolTip(self.tr("Press this key to sort the selected photos here"))
        # The count goes under the title, so that a pane as narrow as the Sort page lets
        # it be still has room for the whole name of the class.
        header = QGridLayout()
        header.setContentsMargins(6, 4, 4, 0)
        header.setHorizontalSpacing(6)
        header.setVerticalSpacing(0)
        header.addWidget(self._key, 0, 0)
        header.addWidget(self.title_label, 0, 1)
        header.addWidget(self._count, 1, 1)
        header.setColumnStretch(1, 1)
        self._header = header
        self.rename_button = self.remove_button = None
        if renamable:
            self.rename_button = QToolButton(text=self.tr("Rename…"))
            self.rename_button.setAutoRaise(True)
            self.rename_button.setToolTip(self.tr("Give this class another name (its key stays)"))
            self.rename_button.clicked.connect(lambda: self.rename_requested.emit(self.key))
            self.remove_button = QToolButton(text=self.tr("Remove…"))
            self.remove_button.setAutoRaise(True)
            self.remove_button.setToolTip(self.tr("Remove this class: its photos go back to "
                                                  "Unsorted, none is deleted"))
            self.remove_button.clicked.connect(lambda: self.remove_requested.emit(self.key))
            header.addWidget(self.rename_button, 0, 2, Qt.AlignmentFlag.AlignRight)
            header.addWidget(self.remove_button, 1, 2, Qt.AlignmentFlag.AlignRight)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.setSpacing(2)
        layout.addLayout(header)
        layout.addWidget(self.grid, 1)
        self.set_title(title, shortcut)
        model.rowsInserted.connect(self.update_count)
        model.rowsRemoved.connect(self.update_count)
        model.modelReset.connect(self.update_count)
        self.grid.selectionModel().selectionChanged.connect(self.update_count)
        self.update_count()

    def add_header_widgets(self, first: QWidget, second: QWidget) -> None:
        """Put two widgets at the right of the header, one per line (Unsorted's controls)."""
        self._header.addWidget(first, 0, 2)
        self._header.addWidget(second, 1, 2)

    @property
    def key(self) -> str | None:
        return self.grid.photo_model().key

    @property
    def count_text(self) -> str:
        return self._count.text()

    def set_title(self, title: str, shortcut: str = "") -> None:
        self.title_label.setText(title)
        self._key.setText(shortcut)
        self._key.setVisible(bool(shortcut))
        self.grid.setAccessibleName(self.tr("Photos in {name}").format(name=title))

    def update_count(self, *_args) -> None:
        count = self.grid.model().rowCount()
        text = self.tr("%n photos", "", count)
        selected = len(self.grid.selectionModel().selectedIndexes())
        if selected > 1:  # one selected photo is the one shown in the preview
            text = self.tr("{photos} · %n selected", "", selected).format(photos=text)
        self._count.setText(text)
