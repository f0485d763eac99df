"""A small hand-drawn line chart: a few series over rounds, a legend and vertical markers.

The title wraps (never clipped, however narrow the chart); a marker's label is drawn
in a row of its own above the plot, never over the lines.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass, field

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPainterPath, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

MARGIN_LEFT = 44
MARGIN_RIGHT = 12
TITLE_LEFT = 6
TITLE_LINE = 18
LEGEND_ROW = 15
MARKER_ROW = 15
MARGIN_BOTTOM = 30
#: the x axis of the Train charts: the rounds (epochs, 에포크)
X_LABEL = QT_TRANSLATE_NOOP("LineChart", "round")
MINIMUM_WIDTH = 190  # two side by side fit the Train page of a 1024-pixel-wide window
MINIMUM_HEIGHT = 150


@dataclass
class Series:
    name: str
    colour: QColor
    dashed: bool = False
    dots: bool = True  # a dot on each point (per-epoch values); False for dense lines
    width: float = 2.0
    points: list[tuple[float, float]] = field(default_factory=list)
    in_legend: bool = True  # False: a series this chart cannot have (not named in the legend)


class LineChart(QWidget):
    """Series of ``(x, y)`` points; x runs from 0 to `x_max` (epochs)."""

    def __init__(self, title: str, *, y_range: tuple[float, float] | None = None,
                 y_format: str | Callable[[float], str] = "{:.1f}",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = title
        self._fixed_y = y_range
        self._y_format = y_format
        self.series: list[Series] = []
        self.markers: list[tuple[float, str]] = []
        self.x_max = 1.0
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(MINIMUM_WIDTH, MINIMUM_HEIGHT)
        self.setAccessibleName(title)

    def sizeHint(self) -> QSize:
        return QSize(360, 240)

    def legend_names(self) -> list[str]:
        """The series the legend names, in its order."""
        return [series.name for series in self.series if series.in_legend]

    def add_series(self, series: Series) -> Series:
        self.series.append(series)
        self.update()
        return series

    def clear(self, x_max: float) -> None:
        for series in self.series:
            series.points.clear()
        self.markers.clear()
        self.x_max = max(1.0, x_max)
        self.update()

    def add_point(self, series: Series, x: float, y: float) -> None:
        if math.isfinite(y):
            series.points.append((x, y))
            self.update()

    def set_marker(self, x: float, label: str) -> None:
        self.markers = [(x, label)]
        self.update()

    def y_label(self, value: float) -> str:
        """A value of the y axis as written beside it."""
        if callable(self._y_format):
            return self._y_format(value)
        return self._y_format.format(value)

    def y_range(self) -> tuple[float, float]:
        if self._fixed_y is not None:
            return self._fixed_y
        values = [y for s in self.series for _, y in s.points]
        top = max(values, default=1.0)
        return 0.0, _nice_ceiling(top if top > 0 else 1.0)

    # -- drawing ---------------------------------------------------------------------------
    def paintEvent(self, _event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        text = palette.color(QPalette.ColorRole.WindowText)
        painter.fillRect(self.rect(), palette.color(QPalette.ColorRole.Base))
        plot = self.plot_rect()
        legend = self._legend_layout(QFontMetrics(painter.font()))
        if plot.width() < 20 or plot.height() < 20:
            return
        low, high = self.y_range()

        def to_screen(x: float, y: float) -> QPointF:
            y = min(max(y, low), high)
            return QPointF(plot.left() + plot.width() * x / self.x_max,
                           plot.bottom() - plot.height() * (y - low) / (high - low))

        self._draw_title_and_legend(painter, text, legend)
        self._draw_grid(painter, plot, low, high, text)
        for x, label in self.markers:
            self._draw_marker(painter, plot, to_screen(x, low).x(), label)
        painter.setFont(self.font())
        painter.save()
        painter.setClipRect(plot.adjusted(-4, -4, 4, 4))
        for series in self.series:
            self._draw_series(painter, series, to_screen)
        painter.restore()
        if not any(s.points for s in self.series):
            painter.setPen(text)
            painter.drawText(plot, Qt.AlignmentFlag.AlignCenter, self.tr("No points yet"))

    def _bold(self) -> QFont:
        font = QFont(self.font())
        font.setBold(True)
        return font

    def title_lines(self) -> list[str]:
        """The title as drawn: wrapped at spaces to the chart's width."""
        metrics = QFontMetrics(self._bold())
        room = self.width() - TITLE_LEFT - MARGIN_RIGHT // 2
        lines: list[str] = []
        for word in self.title.split():
            if lines and metrics.horizontalAdvance(f"{lines[-1]} {word}") <= room:
                lines[-1] = f"{lines[-1]} {word}"
            else:
                lines.append(word)
        return lines or [""]

    def _title_height(self) -> int:
        return TITLE_LINE * len(self.title_lines())

    def plot_rect(self) -> QRectF:
        """Where the lines are drawn: below the title, the legend and the marker row."""
        legend = self._legend_layout(QFontMetrics(self.font()))
        top = (self._title_height() + LEGEND_ROW * (1 + max((y for _, y, _ in legend), default=0))
               + 4 + (MARKER_ROW if self.markers else 0) + 4)
        return QRectF(MARGIN_LEFT, top, self.width() - MARGIN_LEFT - MARGIN_RIGHT,
                      self.height() - top - MARGIN_BOTTOM)

    def marker_label_rect(self, x: float, label: str) -> QRectF:
        """The label of the marker at plot position `x`: in its row above the plot, inside
        the chart."""
        plot = self.plot_rect()
        width = QFontMetrics(self.font()).horizontalAdvance(label) + 8
        left = x + 4 if x + 4 + width <= self.width() else x - 4 - width
        left = max(0.0, min(left, self.width() - width))
        return QRectF(left, plot.top() - MARKER_ROW - 2, width, MARKER_ROW)

    def _legend_layout(self, metrics: QFontMetrics) -> list[tuple[float, int, Series]]:
        """Where each series' legend entry goes: ``(x, row, series)``, wrapping to the width."""
        entries = []
        x, row = float(MARGIN_LEFT), 0
        for series in self.series:
            if not series.in_legend:
                continue
            width = 22 + metrics.horizontalAdvance(series.name) + 14
            if x + width > self.width() - MARGIN_RIGHT and x > MARGIN_LEFT:
                x, row = float(MARGIN_LEFT), row + 1
            entries.append((x, row, series))
            x += width
        return entries

    def _draw_title_and_legend(self, painter: QPainter, text: QColor,
                               legend: list[tuple[float, int, Series]]) -> None:
        font = QFont(self.font())
        painter.setFont(self._bold())
        painter.setPen(text)
        for number, line in enumerate(self.title_lines()):
            painter.drawText(QRectF(TITLE_LEFT, 2 + number * TITLE_LINE, self.width(),
                                    TITLE_LINE - 2),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, line)
        painter.setFont(font)
        metrics = QFontMetrics(font)
        top = self._title_height()
        for x, row, series in legend:
            y = top + 2 + row * LEGEND_ROW
            painter.setPen(_pen(series))
            painter.drawLine(QPointF(x, y + 7), QPointF(x + 16, y + 7))
            painter.setPen(text)
            painter.drawText(QRectF(x + 20, y, metrics.horizontalAdvance(series.name) + 8, 14),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                             series.name)

    def _draw_grid(self, painter: QPainter, plot: QRectF, low: float, high: float,
                   text: QColor) -> None:
        grid = QColor(text)
        grid.setAlpha(40)
        painter.setPen(QPen(grid, 1))
        steps = 4
        for i in range(steps + 1):
            value = low + (high - low) * i / steps
            y = plot.bottom() - plot.height() * i / steps
            painter.setPen(QPen(grid, 1))
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            painter.setPen(text)
            painter.drawText(QRectF(0, y - 8, MARGIN_LEFT - 6, 16),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                             self.y_label(value))
        every = max(1, math.ceil(self.x_max / 10))
        for epoch in range(0, int(self.x_max) + 1, every):
            x = plot.left() + plot.width() * epoch / self.x_max
            painter.setPen(QPen(grid, 1))
            painter.drawLine(QPointF(x, plot.bottom()), QPointF(x, plot.bottom() + 4))
            painter.setPen(text)
            painter.drawText(QRectF(x - 20, plot.bottom() + 4, 40, 14),
                             Qt.AlignmentFlag.AlignCenter, QLocale().toString(epoch))
        painter.drawText(QRectF(plot.left(), plot.bottom() + 15, plot.width(), 14),
                         Qt.AlignmentFlag.AlignCenter,
                         QCoreApplication.translate("LineChart", X_LABEL))
        axis = QColor(text)
        axis.setAlpha(120)
        painter.setPen(QPen(axis, 1))
        painter.drawLine(plot.bottomLeft(), plot.bottomRight())
        painter.drawLine(plot.bottomLeft(), plot.topLeft())

    def _draw_marker(self, painter: QPainter, plot: QRectF, x: float, label: str) -> None:
        colour = QColor(150, 90, 200)
        painter.setPen(QPen(colour, 1.5, Qt.PenStyle.DashLine))
        painter.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()))
        painter.setPen(colour)
        painter.setFont(self.font())
        painter.drawText(self.marker_label_rect(x, label),
                         Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, label)

    def _draw_series(self, painter: QPainter, series: Series, to_screen) -> None:
        if not series.points:
            return
        points = [to_screen(x, y) for x, y in series.points]
        painter.setPen(_pen(series))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        path = QPainterPath(points[0])
        for point in points[1:]:
            path.lineTo(point)
        painter.drawPath(path)
        if series.dots:
            painter.setBrush(series.colour)
            painter.setPen(Qt.PenStyle.NoPen)
            for point in points:
                painter.drawEllipse(point, 3.2, 3.2)


def _pen(series: Series) -> QPen:
    pen = QPen(series.colour, series.width)
    if series.dashed:
        pen.setStyle(Qt.PenStyle.DashLine)
    return pen


def _nice_ceiling(value: float) -> float:
    """The smallest of 1, 2, 2.5, 5 × 10ⁿ at or above `value` (a round top for the y axis)."""
    exponent = math.floor(math.log10(value))
    for step in (1, 2, 2.5, 5, 10):
        candidate = step * 10 ** exponent
        if candidate >= value:
            return candidate
    return 10 ** (exponent + 1)
