"""Draws one photo of a grid: the thumbnail centred in a fixed square, its name below."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPalette, QPixmap
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from app.photo_model import REASON_ROLE, PhotoListModel

PADDING = 6
TEXT_HEIGHT = 18
ELIDED_KEPT = 20_000


class PhotoDelegate(QStyledItemDelegate):
    """Paints a photo cell; cheap enough to repaint a screenful while scrolling thousands."""

    def __init__(self, icon_size: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.icon_size = icon_size
        self._elided_names: dict[tuple[str, int, float], str] = {}

    def _elided(self, painter: QPainter, name: str, width: int) -> str:
        # Names are elided once per width and font size, not at every repaint of a scroll.
        key = (name, width, painter.font().pointSizeF())
        text = self._elided_names.get(key)
        if text is None:
            if len(self._elided_names) > ELIDED_KEPT:
                self._elided_names.clear()
            text = painter.fontMetrics().elidedText(name, Qt.TextElideMode.ElideMiddle, width)
            self._elided_names[key] = text
        return text

    def cell_size(self) -> QSize:
        return QSize(self.icon_size + 2 * PADDING + 8, self.icon_size + TEXT_HEIGHT + 2 * PADDING)

    def sizeHint(self, option: QStyleOptionViewItem,
                 index: QModelIndex | QPersistentModelIndex) -> QSize:
        return self.cell_size()

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette: QPalette = option.palette
        state = option.state
        cell = QRectF(option.rect).adjusted(2, 2, -2, -2)
        selected = bool(state & QStyle.StateFlag.State_Selected)
        if selected:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(palette.color(QPalette.ColorRole.Highlight))
            painter.drawRoundedRect(cell, 6, 6)
        elif state & QStyle.StateFlag.State_MouseOver:
            hover = QColor(palette.color(QPalette.ColorRole.Highlight))
            hover.setAlpha(45)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(hover)
            painter.drawRoundedRect(cell, 6, 6)
        if state & QStyle.StateFlag.State_HasFocus:
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.setPen(palette.color(QPalette.ColorRole.Text if not selected
                                         else QPalette.ColorRole.HighlightedText))
            painter.drawRoundedRect(cell.adjusted(1, 1, -1, -1), 6, 6)
        square = QRect(option.rect.x() + (option.rect.width() - self.icon_size) // 2,
                       option.rect.y() + PADDING, self.icon_size, self.icon_size)
        model = index.model()
        if isinstance(model, PhotoListModel):  # one call, not three trips through `data`
            name, pixmap, reason = model.cell(index.row())
        else:
            name = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
            pixmap = index.data(Qt.ItemDataRole.DecorationRole)
            reason = index.data(REASON_ROLE)
        draw_fitted(painter, pixmap, square)
        text_rect = QRect(option.rect.x() + PADDING, square.bottom() + 2,
                          option.rect.width() - 2 * PADDING, TEXT_HEIGHT)
        unreadable = reason is not None
        if selected:
            colour = palette.color(QPalette.ColorRole.HighlightedText)
        elif unreadable:
            colour = QColor(200, 60, 50)
        else:
            colour = palette.color(QPalette.ColorRole.Text)
        painter.setPen(colour)
        font = option.font
        if self.icon_size < 80:
            font.setPointSizeF(font.pointSizeF() * 0.85)
        painter.setFont(font)
        elided = self._elided(painter, name, text_rect.width())
        painter.drawText(text_rect, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop,
                         elided)
        painter.restore()


def draw_fitted(painter: QPainter, pixmap: object, square: QRect) -> None:
    """Draw a thumbnail as large as fits in `square`, centred, proportions kept (HiDPI-aware)."""
    if isinstance(pixmap, QPixmap) and not pixmap.isNull():
        size = pixmap.deviceIndependentSize().toSize().scaled(
            square.size(), Qt.AspectRatioMode.KeepAspectRatio)
        target = QRect(0, 0, size.width(), size.height())
        target.moveCenter(square.center())
        painter.drawPixmap(target, pixmap)
