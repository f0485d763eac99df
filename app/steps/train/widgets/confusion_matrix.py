"""A confusion matrix of clickable squares: rows are the true class, columns the model's answer."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import QGridLayout, QLabel, QPushButton, QSizePolicy, QWidget

RIGHT = (40, 160, 80)
WRONG = (220, 70, 50)


class ConfusionMatrix(QWidget):
    """`cell_chosen(true_label, predicted_label)` when a square is clicked."""

    cell_chosen = Signal(int, int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setSpacing(3)
        self.cells: dict[tuple[int, int], QPushButton] = {}

    def set_matrix(self, class_names: Sequence[str], confusion: Sequence[Sequence[int]]) -> None:
        while self._grid.count():
            item = self._grid.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        self.cells = {}
        if not class_names:
            return
        #: the corner of the confusion matrix (혼동 행렬): rows are the true class, columns
        #: the model's answer
        corner_text = self.tr("true ↓ &nbsp; answered →")
        corner = QLabel(f"<small>{corner_text}</small>")
        corner.setTextFormat(Qt.TextFormat.RichText)
        self._grid.addWidget(corner, 0, 0)
        for column, name in enumerate(class_names):
            header = QLabel(f"<b>{_escape(name)}</b>")
            header.setAlignment(Qt.AlignmentFlag.AlignCenter)
            self._grid.addWidget(header, 0, column + 1)
        for row, name in enumerate(class_names):
            label = QLabel(f"<b>{_escape(name)}</b>")
            label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self._grid.addWidget(label, row + 1, 0)
            row_total = sum(confusion[row]) or 1
            for column in range(len(class_names)):
                count = int(confusion[row][column])
                self._grid.addWidget(self._cell(row, column, count, count / row_total,
                                                class_names), row + 1, column + 1)

    def _cell(self, row: int, column: int, count: int, share: float,
              class_names: Sequence[str]) -> QPushButton:
        right = row == column
        button = QPushButton(QLocale().toString(count))
        button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        button.setMinimumSize(64, 44)
        red, green, blue = RIGHT if right else WRONG
        alpha = 25 + int(200 * share) if count else 0
        text = "white" if alpha > 150 else "palette(window-text)"
        button.setStyleSheet(
            f"QPushButton {{ background: rgba({red}, {green}, {blue}, {alpha}); color: {text};"
            f" border: 1px solid rgba({red}, {green}, {blue}, 160); border-radius: 4px;"
            f" font-size: 15px; font-weight: bold; }}"
            f" QPushButton:hover {{ border: 2px solid palette(highlight); }}")
        true_name, answer = class_names[row], class_names[column]
        what = (self.tr("%n {true_name} photos the model got right", "", count)
                if right else self.tr("%n {true_name} photos the model called {answer}", "",
                                      count)).format(true_name=true_name, answer=answer)
        button.setToolTip(self.tr("{what} — click to see them").format(what=what) if count
                          else what)
        button.setAccessibleName(what)
        button.setEnabled(count > 0)
        button.setCursor(Qt.CursorShape.PointingHandCursor)
        button.clicked.connect(lambda _checked=False, r=row, c=column: self.cell_chosen.emit(r, c))
        self.cells[(row, column)] = button
        return button


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
