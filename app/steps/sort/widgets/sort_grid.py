"""A photo grid of the Sort page: says what to do while empty, lights up under a drag."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QDragEnterEvent,
    QDragLeaveEvent,
    QDropEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
)
from PySide6.QtWidgets import QWidget

from app.photo_model import PhotoListModel
from app.widgets.photo_grid import PhotoGrid


class SortGrid(PhotoGrid):
    """`empty_text` is drawn in the middle while there is no photo; `drop_target` is true
    while photos are dragged over it (and it would take them)."""

    def __init__(self, model: PhotoListModel, icon_size: int, empty_text: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(model, icon_size, parent)
        self.empty_text = empty_text
        self.drop_target = False
        for signal in (model.rowsInserted, model.rowsRemoved, model.modelReset):
            signal.connect(self.viewport().update)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        super().dragEnterEvent(event)
        self._set_drop_target(event.isAccepted())

    def dragLeaveEvent(self, event: QDragLeaveEvent) -> None:
        super().dragLeaveEvent(event)
        self._set_drop_target(False)

    def dropEvent(self, event: QDropEvent) -> None:
        self._set_drop_target(False)
        super().dropEvent(event)

    def _set_drop_target(self, on: bool) -> None:
        if on != self.drop_target:
            self.drop_target = on
            self.viewport().update()

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if self.model().rowCount() and not self.drop_target:
            return
        painter = QPainter(self.viewport())
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        area = QRectF(self.viewport().rect()).adjusted(6, 6, -6, -6)
        if self.drop_target:
            fill = QColor(palette.color(QPalette.ColorRole.Highlight))
            fill.setAlpha(40)
            painter.setBrush(fill)
            painter.setPen(QPen(palette.color(QPalette.ColorRole.Highlight), 2))
            painter.drawRoundedRect(area, 8, 8)
        if not self.model().rowCount() and self.empty_text:
            if not self.drop_target:
                pen = QPen(palette.color(QPalette.ColorRole.Mid), 1.5, Qt.PenStyle.DashLine)
                painter.setPen(pen)
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawRoundedRect(area, 8, 8)
            painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText))
            painter.drawText(area.adjusted(8, 8, -8, -8),
                             Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
                             self.empty_text)
        painter.end()
