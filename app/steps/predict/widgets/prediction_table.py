"""The Test page's answers as a table that sorts by confidence, class or name.

Long file names are shortened in the middle (their end tells the kind of file);
a long folder keeps its start and its own name ("/home/ana/…/2024 holiday"),
which is what tells folders apart. The whole path is the row's tooltip.
"""

from __future__ import annotations

import os

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSize, QSortFilterProxyModel, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from app.steps.predict.results import (
    ANSWER_COLUMN,
    CONFIDENCE_COLUMN,
    CORRECTED_COLUMN,
    FOLDER_COLUMN,
    NAME_COLUMN,
    PREDICTION_ROLE,
    SORT_ROLE,
)

ICON_SIZE = 32
TEXT_MARGIN = 12  # what the style keeps free on both sides of a cell's text


def elide_folder(folder: str, metrics: QFontMetrics, width: int) -> str:
    """`folder` in `width` pixels: whole, else its start, "…" and its own name."""
    if metrics.horizontalAdvance(folder) <= width:
        return folder
    head, name = os.path.split(folder.rstrip(os.sep))
    tail = f"…{os.sep}{name}"
    room = width - metrics.horizontalAdvance(tail)
    if not name or room < metrics.horizontalAdvance("/home"):
        return metrics.elidedText(folder, Qt.TextElideMode.ElideMiddle, width)
    start = metrics.elidedText(head, Qt.TextElideMode.ElideRight,
                               room + metrics.horizontalAdvance("…"))
    return start.removesuffix("…") + tail


class FolderDelegate(QStyledItemDelegate):
    """Draws a folder with `elide_folder`."""

    def initStyleOption(self, option: QStyleOptionViewItem,
                        index: QModelIndex | QPersistentModelIndex) -> None:
        super().initStyleOption(option, index)
        option.text = elide_folder(option.text, option.fontMetrics,
                                   option.rect.width() - TEXT_MARGIN)


class PredictionTable(QTableView):
    """Shows a `PredictionResults` through a sorting proxy; unsorted it is newest first."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSortRole(SORT_ROLE)
        self.proxy.setDynamicSortFilter(True)
        self.setModel(self.proxy)
        self.setSortingEnabled(True)
        self.horizontalHeader().setSortIndicatorClearable(True)
        self.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.setIconSize(QSize(ICON_SIZE, ICON_SIZE))
        self.verticalHeader().setDefaultSectionSize(ICON_SIZE + 6)
        self.verticalHeader().hide()
        header = self.horizontalHeader()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.folder_delegate = FolderDelegate(self)
        self.setItemDelegateForColumn(FOLDER_COLUMN, self.folder_delegate)
        self.setAccessibleName(self.tr("Answers as a table"))

    def set_results(self, results) -> None:
        self.proxy.setSourceModel(results)
        # Widths only hold once the columns exist. Sized for a 1024-pixel-wide window;
        # the last column (a problem, if any) takes what is left.
        self.setColumnWidth(0, ICON_SIZE + 12)
        self.setColumnWidth(NAME_COLUMN, 190)
        self.setColumnWidth(ANSWER_COLUMN, 120)
        self.setColumnWidth(CONFIDENCE_COLUMN, 80)
        self.setColumnWidth(CORRECTED_COLUMN, 120)
        self.setColumnWidth(FOLDER_COLUMN, 230)

    def sort_by_confidence(self, order: Qt.SortOrder = Qt.SortOrder.DescendingOrder) -> None:
        self.sortByColumn(CONFIDENCE_COLUMN, order)

    def shown_predictions(self) -> list:
        """The predictions in the order the table shows them."""
        return [self.proxy.index(row, 0).data(PREDICTION_ROLE)
                for row in range(self.proxy.rowCount())]
