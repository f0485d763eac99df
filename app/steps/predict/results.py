"""The Test page's answers, newest first: one row per photo, shared by the cards and the table.

Each row keeps the model's own answer and shows it relabelled under the current
decision threshold and "not sure" setting (an unsure band for two classes, a
floor for more), so moving them never predicts anything again. The
person's own corrections ("This is wrong") are kept by photo, so a photo asked
again (by another model, or dropped twice) still shows the class it was put in.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Slot,
)

from app.i18n import engine_text
from app.steps.predict.words import percent
from app.thumbnail_cache import ThumbnailCache

if TYPE_CHECKING:
    from core.prediction import Prediction

PREDICTION_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
CORRECTED_ROLE = Qt.ItemDataRole.UserRole + 3
REASON_ROLE = Qt.ItemDataRole.UserRole + 4
CONTEXT = "PredictionResults"
# The columns' headings (translated where shown: `column_title`).
COLUMNS = (QT_TRANSLATE_NOOP("PredictionResults", "Photo"),
           QT_TRANSLATE_NOOP("PredictionResults", "File name"),
           QT_TRANSLATE_NOOP("PredictionResults", "Answer"),
           QT_TRANSLATE_NOOP("PredictionResults", "How sure"),
           QT_TRANSLATE_NOOP("PredictionResults", "Your correction"),
           QT_TRANSLATE_NOOP("PredictionResults", "Folder"),
           QT_TRANSLATE_NOOP("PredictionResults", "Problem"))
NAME_COLUMN, ANSWER_COLUMN, CONFIDENCE_COLUMN, CORRECTED_COLUMN, FOLDER_COLUMN = 1, 2, 3, 4, 5
# The answer shown when the model is not sure enough to name a class.
#: glossary: 확실하지 않음 = not sure
NOT_SURE = QT_TRANSLATE_NOOP("PredictionResults", "not sure")
_TOOLTIPS = {CONFIDENCE_COLUMN: QT_TRANSLATE_NOOP(
                 "PredictionResults", "How sure the model is of the answer shown (its "
                 "probability); for “not sure”, the class it leans to"),
             CORRECTED_COLUMN: QT_TRANSLATE_NOOP(
                 "PredictionResults", "The class you said it really is, with “This is wrong”")}


def column_title(column: int) -> str:
    """The heading of `column` in the window's language."""
    return QCoreApplication.translate("PredictionResults", COLUMNS[column])

AnyIndex = QModelIndex | QPersistentModelIndex


@dataclass
class _Row:
    original: Prediction  # what the model said, under the model's own threshold
    shown: Prediction  # the same, under the threshold chosen on the page


class PredictionResults(QAbstractTableModel):
    """Predictions in display order (newest first) with their thumbnails."""

    def __init__(self, thumbnails: ThumbnailCache, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._thumbnails = thumbnails
        self._rows: list[_Row] = []
        self._class_names: tuple[str, ...] = ()
        self._threshold = 0.5
        self._unsure_band: tuple[float, float] | None = None  # two classes
        self._unsure_below: float | None = None  # more classes
        # photo → the class it was copied into by "This is wrong" (until that is undone)
        self._corrections: dict[Path, str] = {}
        thumbnails.ready.connect(self._on_thumbnail_ready)

    # --- reading ---------------------------------------------------------------------------
    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return column_title(section)
        if role == Qt.ItemDataRole.ToolTipRole:
            tip = _TOOLTIPS.get(section)
            return QCoreApplication.translate("PredictionResults", tip) if tip else None
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        row = self._rows[index.row()]
        shown, column = row.shown, index.column()
        if role == PREDICTION_ROLE:
            return shown
        if role == CORRECTED_ROLE:
            return self._corrections.get(shown.path)
        if role == REASON_ROLE:
            return engine_text(shown.error) if shown.error is not None else None
        if role == Qt.ItemDataRole.DecorationRole and column == 0:
            if shown.error is not None:
                return self._thumbnails.placeholder("unreadable")
            return self._thumbnails.pixmap(shown.path) or self._thumbnails.placeholder("loading")
        if role == SORT_ROLE:
            if column == CONFIDENCE_COLUMN:
                if shown.unsure:
                    return leaning(shown, self._class_names)[1]
                return -1.0 if shown.probability is None else shown.probability
            if column == 0:
                return shown.path.name.casefold()
            return str(self.data(index) or "").casefold()
        if role == Qt.ItemDataRole.ToolTipRole:
            # The whole path: the table elides long names and folders in the middle.
            return str(shown.path) if shown.ok else f"{shown.path}\n{engine_text(shown.error)}"
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(shown, column, self._corrections.get(shown.path))
        return None

    def _text(self, shown: Prediction, column: int, corrected: str | None) -> str:
        if column == NAME_COLUMN:
            return shown.path.name
        if column == ANSWER_COLUMN:
            if shown.unsure:
                return QCoreApplication.translate("PredictionResults", NOT_SURE)
            return shown.label or self.tr("cannot be read")
        if column == CONFIDENCE_COLUMN:
            if shown.unsure:
                name, probability = leaning(shown, self._class_names)
                return self.tr("{percent} “{name}”").format(percent=percent(probability),
                                                             name=name)
            return "" if shown.probability is None else percent(shown.probability)
        if column == CORRECTED_COLUMN:
            return corrected or ""
        if column == FOLDER_COLUMN:
            return str(shown.path.parent)
        if column == len(COLUMNS) - 1:
            return engine_text(shown.error) if shown.error else ""
        return ""  # the photo column: its thumbnail only

    def prediction(self, row: int) -> Prediction:
        return self._rows[row].shown

    def predictions(self) -> list[Prediction]:
        """Every answer under the current threshold, in the order the photos came (oldest first)."""
        return [row.shown for row in reversed(self._rows)]

    def correction(self, path: Path) -> str | None:
        """The class the person put this photo in with "This is wrong", if any."""
        return self._corrections.get(Path(path))

    def destinations(self) -> list[tuple[Prediction, str]]:
        """Every readable photo with the class it belongs in: the person's own, else the answer.

        Oldest first, each photo once (a photo dropped twice is copied once). A "not
        sure" photo has no class to go in unless the person gave it one (`unsure_left_out`).
        """
        seen: set[Path] = set()
        chosen: list[tuple[Prediction, str]] = []
        for shown in self.predictions():
            if shown.ok and shown.path not in seen:
                seen.add(shown.path)
                corrected = self._corrections.get(shown.path)
                if corrected is not None or not shown.unsure:
                    chosen.append((shown, corrected or str(shown.label)))
        return chosen

    def unsure_left_out(self) -> list[Prediction]:
        """The "not sure" photos without a class of the person's: `destinations` leaves them out."""
        seen: set[Path] = set()
        left: list[Prediction] = []
        for shown in self.predictions():
            if shown.ok and shown.path not in seen:
                seen.add(shown.path)
                if shown.unsure and shown.path not in self._corrections:
                    left.append(shown)
        return left

    def paths(self) -> list[Path]:
        return [row.shown.path for row in reversed(self._rows)]

    @property
    def threshold(self) -> float:
        return self._threshold

    @property
    def class_names(self) -> tuple[str, ...]:
        return self._class_names

    # --- changing --------------------------------------------------------------------------
    def set_model(self, class_names: Sequence[str], threshold: float) -> None:
        """A new model: forget every answer (they were another model's)."""
        self.beginResetModel()
        self._rows.clear()
        self._class_names = tuple(class_names)
        self._threshold = threshold
        self._unsure_band = self._unsure_below = None  # the slider sets them for this model
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
        self._relabel_all()

    def set_unsure(self, band: tuple[float, float] | None, below: float | None) -> None:
        """Relabel every answer for a new "not sure" setting (`core.evaluation.decide`).

        `band`: two classes, the second class's probabilities between which the
        answer is "not sure"; `below`: more classes, the top probability under
        which it is. None: every photo gets a class.
        """
        self._unsure_band, self._unsure_below = band, below
        self._relabel_all()

    def _relabel_all(self) -> None:
        for row in self._rows:
            row.shown = self._relabelled(row.original)
        if self._rows:
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(len(self._rows) - 1, len(COLUMNS) - 1))

    def set_correction(self, path: Path, class_name: str | None) -> None:
        """The photo at `path` was put in `class_name` ("This is wrong"), or taken back (None)."""
        path = Path(path)
        if class_name is None:
            self._corrections.pop(path, None)
        else:
            self._corrections[path] = class_name
        for number, row in enumerate(self._rows):
            if row.shown.path == path:
                self.dataChanged.emit(self.index(number, 0),
                                      self.index(number, len(COLUMNS) - 1))

    def forget_corrections(self) -> None:
        """Another workspace: the copies made into the last one are not in it."""
        self._corrections.clear()
        if self._rows:
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(len(self._rows) - 1, len(COLUMNS) - 1))

    def _relabelled(self, prediction: Prediction) -> Prediction:
        if len(self._class_names) < 2 or not prediction.ok:
            return prediction
        if len(self._class_names) > 2 and self._unsure_below is None:
            return prediction  # the most probable class, as the model answered
        # Rows exist only once a model has answered, so the engine is already imported.
        from core.prediction import relabel

        two = len(self._class_names) == 2
        return relabel(prediction, self._class_names, self._threshold,
                       unsure_band=self._unsure_band if two else None,
                       unsure_below=None if two else self._unsure_below)

    @Slot(object)
    def _on_thumbnail_ready(self, path: Path) -> None:
        for number, row in enumerate(self._rows):
            if row.shown.path == path:
                index = self.index(number, 0)
                self.dataChanged.emit(index, index, [Qt.ItemDataRole.DecorationRole])


def leaning(prediction: Prediction, class_names: Sequence[str]) -> tuple[str, float]:
    """The class a read photo is most like, and its probability (for "not sure" answers too)."""
    values = prediction.probabilities or ()
    if not values or len(values) != len(class_names):
        return str(prediction.label or ""), float(prediction.probability or 0.0)
    best = max(range(len(values)), key=values.__getitem__)
    return class_names[best], float(values[best])
