"""Draws an Unsorted photo: its thumbnail and name, and under them the suggested class.

The line for the suggestion is always there, empty until a suggestion arrives, so
no photo moves when suggestions appear.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QPainter, QPalette
from PySide6.QtWidgets import QStyle, QStyleOptionViewItem

from app.steps.sort.tray_model import SUGGESTION_ROLE, suggestion_text
from app.steps.sort.widgets.sort_grid import SortGrid
from app.widgets.photo_delegate import PADDING, TEXT_HEIGHT, PhotoDelegate


class TrayDelegate(PhotoDelegate):
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
        text = painter.fontMetrics().elidedText(suggestion_text(*suggestion),
                                                Qt.TextElideMode.ElideLeft, line.width())
        painter.drawText(line, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop, text)
        painter.restore()


def use_tray_delegate(grid: SortGrid) -> None:
    """Give the Unsorted grid its taller cells with the suggestion line."""
    delegate = TrayDelegate(grid.iconSize().width(), grid)
    grid.setItemDelegate(delegate)
    grid.setGridSize(delegate.cell_size())
