"""The Test page's answers as a table that sorts by confidence, class or name.

Long file names and folders are shortened in the middle (the start of a folder
and its last part both matter); the whole path is the row's tooltip.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, QSortFilterProxyModel, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

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
        # Sized for a 1024-pixel-wide window; the last column takes what is left.
        self.setColumnWidth(0, ICON_SIZE + 12)
        self.setColumnWidth(NAME_COLUMN, 190)
        self.setColumnWidth(ANSWER_COLUMN, 120)
        self.setColumnWidth(CONFIDENCE_COLUMN, 80)
        self.setColumnWidth(CORRECTED_COLUMN, 120)
        self.setColumnWidth(FOLDER_COLUMN, 230)
        self.setAccessibleName("Answers as a table")

    def set_results(self, results) -> None:
        self.proxy.setSourceModel(results)

    def sort_by_confidence(self, order: Qt.SortOrder = Qt.SortOrder.DescendingOrder) -> None:
        self.sortByColumn(CONFIDENCE_COLUMN, order)

    def shown_predictions(self) -> list:
        """The predictions in the order the table shows them."""
        return [self.proxy.index(row, 0).data(PREDICTION_ROLE)
                for row in range(self.proxy.rowCount())]
