"""A layout that lines its widgets up left to right and wraps onto more rows when narrow."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QLayout, QLayoutItem, QWidget


class FlowLayout(QLayout):
    """Qt's flow layout example: as wide as its widest item, as tall as its rows need.

    Items keep their size hint and are centred vertically in their row.
    """

    def __init__(self, parent: QWidget | None = None, h_spacing: int = 6,
                 v_spacing: int = 6) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._h_spacing = h_spacing
        self._v_spacing = v_spacing

    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._arrange(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._arrange(rect, move=True)

    def sizeHint(self) -> QSize:
        # One row: what the items would like; heightForWidth gives the wrapped height.
        hints = [item.sizeHint() for item in self._visible_items()]
        width = sum(h.width() for h in hints) + self._h_spacing * max(len(hints) - 1, 0)
        height = max((h.height() for h in hints), default=0)
        return QSize(width, height).grownBy(self.contentsMargins())

    def minimumSize(self) -> QSize:
        size = QSize()
        for item in self._visible_items():
            size = size.expandedTo(item.minimumSize())
        return size.grownBy(self.contentsMargins())

    def _visible_items(self) -> list[QLayoutItem]:
        return [item for item in self._items if not item.isEmpty()]

    def _arrange(self, rect: QRect, move: bool) -> int:
        """Lay the items out in `rect` (only measure unless `move`); the height they take."""
        area = rect.marginsRemoved(self.contentsMargins())
        h_gap, v_gap = self._h_spacing, self._v_spacing
        rows: list[list[tuple[QLayoutItem, QSize]]] = [[]]
        x = area.x()
        for item in self._visible_items():
            hint = item.sizeHint().boundedTo(QSize(area.width(), item.maximumSize().height()))
            hint = hint.expandedTo(item.minimumSize())
            if rows[-1] and x + hint.width() > area.right() + 1:
                rows.append([])
                x = area.x()
            rows[-1].append((item, hint))
            x += hint.width() + h_gap
        y = area.y()
        for row in rows:
            row_height = max((hint.height() for _, hint in row), default=0)
            x = area.x()
            for item, hint in row:
                if move:
                    top = y + (row_height - hint.height()) // 2
                    item.setGeometry(QRect(QPoint(x, top), hint))
                x += hint.width() + h_gap
            y += row_height + v_gap
        used = y - v_gap - area.y() if any(rows) else 0
        margins = self.contentsMargins()
        return used + margins.top() + margins.bottom()

