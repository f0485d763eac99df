"""Draws an Unsorted photo: its thumbnail and name, and under them the suggested class.

The line for the suggestion is always there, empty until a suggestion arrives, so
no photo moves when suggestions appear.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QPainter, QPalette
from PySide6.QtWidgets import QStyle, QStyleOptionViewItem, QWidget

from app.steps.sort.tray_model import SUGGESTION_ROLE, suggestion_text
from app.steps.sort.widgets.sort_grid import SortGrid
from app.widgets.photo_delegate import ELIDED_KEPT, PADDING, TEXT_HEIGHT, PhotoDelegate


class TrayDelegate(PhotoDelegate):
    def __init__(self, icon_size: int, parent: QWidget | None = None) -> None:
        super().__init__(icon_size, parent)
        self._elided_lines: dict[tuple[str, int, float], str] = {}

    def _elided_suggestion(self, painter: QPainter, text: str, width: int) -> str:
        # Once per text and width, as the names are: a new answer repaints the screenful.
        key = (text, width, painter.font().pointSizeF())
        shown = self._elided_lines.get(key)
        if shown is None:
            if len(self._elided_lines) > ELIDED_KEPT:
                self._elided_lines.clear()
            shown = painter.fontMetrics().elidedText(text, Qt.TextElideMode.ElideLeft, width)
            self._elided_lines[key] = shown
        return shown

    def cell_size(self) -> QSize:
        size = super().cell_size()
        return QSize(size.width(), size.height() + TEXT_HEIGHT)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        super().paint(painter, option, index)
        suggestion = index.data(SUGGESTION_ROLE)
        if suggestion is None:
            return
        painter.save()
        rect = option.rect
        line = QRect(rect.x() + PADDING, rect.y() + PADDING + self.icon_size + 2 + TEXT_HEIGHT,
                     rect.width() - 2 * PADDING, TEXT_HEIGHT)
        palette = option.palette
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        role = (QPalette.ColorRole.HighlightedText if selected
                else QPalette.ColorRole.PlaceholderText)
        painter.setPen(palette.color(role))
        font = option.font
        font.setPointSizeF(font.pointSizeF() * 0.9)
        painter.setFont(font)
        text = self._elided_suggestion(painter, suggestion_text(*suggestion), line.width())
        painter.drawText(line, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop, text)
        painter.restore()


def use_tray_delegate(grid: SortGrid) -> None:
    """Give the Unsorted grid its taller cells with the suggestion line."""
    delegate = TrayDelegate(grid.iconSize().width(), grid)
    grid.setItemDelegate(delegate)
    grid.setGridSize(delegate.cell_size())
