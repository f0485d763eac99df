"""The Test page's answers, newest first: one row per photo, shared by the cards and the table.

Each row keeps the model's own answer and shows it relabelled under the current
decision threshold, so moving the threshold never predicts anything again.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Slot,
)

from app.thumbnail_cache import ThumbnailCache

if TYPE_CHECKING:
    from core.prediction import Prediction

PREDICTION_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
CORRECTED_ROLE = Qt.ItemDataRole.UserRole + 3
REASON_ROLE = Qt.ItemDataRole.UserRole + 4
COLUMNS = ("Photo", "Answer", "Confidence", "Folder", "Problem")
CONFIDENCE_COLUMN = 2

AnyIndex = QModelIndex | QPersistentModelIndex


@dataclass
class _Row:
    original: Prediction  # what the model said, under the model's own threshold
    shown: Prediction  # the same, under the threshold chosen on the page
    corrected: str | None = None  # the class it was copied into by "This is wrong"


class PredictionResults(QAbstractTableModel):
    """Predictions in display order (newest first) with their thumbnails."""

    def __init__(self, thumbnails: ThumbnailCache, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._thumbnails = thumbnails
        self._rows: list[_Row] = []
        self._class_names: tuple[str, ...] = ()
        self._threshold = 0.5
        thumbnails.ready.connect(self._on_thumbnail_ready)

    # --- reading ---------------------------------------------------------------------------
    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return COLUMNS[section]
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        row = self._rows[index.row()]
        shown, column = row.shown, index.column()
        if role == PREDICTION_ROLE:
            return shown
        if role == CORRECTED_ROLE:
            return row.corrected
        if role == REASON_ROLE:
            return shown.error
        if role == Qt.ItemDataRole.DecorationRole and column == 0:
            if shown.error is not None:
                return self._thumbnails.placeholder("unreadable")
            return self._thumbnails.pixmap(shown.path) or self._thumbnails.placeholder("loading")
        if role == SORT_ROLE:
            if column == CONFIDENCE_COLUMN:
                return -1.0 if shown.probability is None else shown.probability
            return str(self.data(index) or "").casefold()
        if role == Qt.ItemDataRole.ToolTipRole:
            return str(shown.path) if shown.ok else f"{shown.path}\n{shown.error}"
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(shown, column)
        return None

    @staticmethod
    def _text(shown: Prediction, column: int) -> str:
        if column == 0:
            return shown.path.name
        if column == 1:
            return shown.label or "cannot be read"
        if column == CONFIDENCE_COLUMN:
            return "" if shown.probability is None else f"{shown.probability:.1%}"
        if column == 3:
            return str(shown.path.parent)
        return shown.error or ""

    def prediction(self, row: int) -> Prediction:
        return self._rows[row].shown

    def predictions(self) -> list[Prediction]:
        """Every answer under the current threshold, in the order the photos came (oldest first)."""
        return [row.shown for row in reversed(self._rows)]

    def paths(self) -> list[Path]:
        return [row.shown.path for row in reversed(self._rows)]

    @property
    def threshold(self) -> float:
        return self._threshold

    # --- changing --------------------------------------------------------------------------
    def set_model(self, class_names: Sequence[str], threshold: float) -> None:
        """A new model: forget every answer (they were another model's)."""
        self.beginResetModel()
        self._rows.clear()
        self._class_names = tuple(class_names)
        self._threshold = threshold
        self.endResetModel()

    def add(self, predictions: Sequence[Prediction]) -> None:
        """Put new answers on top, the last one first."""
        if not predictions:
            return
        rows = [_Row(p, self._relabelled(p)) for p in reversed(predictions)]
        self.beginInsertRows(QModelIndex(), 0, len(rows) - 1)
        self._rows[:0] = rows
        self.endInsertRows()

    def clear(self) -> None:
        self.beginResetModel()
        self._rows.clear()
        self.endResetModel()

    def set_threshold(self, threshold: float) -> None:
        """Relabel every answer for a new decision threshold (two classes)."""
        self._threshold = threshold
        for row in self._rows:
            row.shown = self._relabelled(row.original)
        if self._rows:
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(len(self._rows) - 1, len(COLUMNS) - 1))

    def mark_corrected(self, row: int, class_name: str) -> None:
        self._rows[row].corrected = class_name
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(COLUMNS) - 1))

    def _relabelled(self, prediction: Prediction) -> Prediction:
        if len(self._class_names) != 2 or not prediction.ok:
            return prediction
        # Rows exist only once a model has answered, so the engine is already imported.
        from core.prediction import relabel

        return relabel(prediction, self._class_names, self._threshold)

    @Slot(object)
    def _on_thumbnail_ready(self, path: Path) -> None:
        for number, row in enumerate(self._rows):
            if row.shown.path == path:
                index = self.index(number, 0)
                self.dataChanged.emit(index, index, [Qt.ItemDataRole.DecorationRole])
