"""Small builders for the Sort page's layout: columns and splitters in one call each."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QSplitter, QVBoxLayout, QWidget


def column(widgets: Sequence[tuple[QWidget, int]], margins=(0, 0, 0, 0),
           spacing: int = -1) -> QWidget:
    """A widget holding `widgets` (each with its stretch) one under the other."""
    holder = QWidget()
    layout = QVBoxLayout(holder)
    layout.setContentsMargins(*margins)
    if spacing >= 0:
        layout.setSpacing(spacing)
    for widget, stretch in widgets:
        layout.addWidget(widget, stretch)
    return holder


def splitter(orientation: Qt.Orientation, widgets: Sequence[QWidget],
             stretches: Sequence[int], sizes: Sequence[int]) -> QSplitter:
    """A splitter of `widgets`; `sizes` are initial proportions, scaled to the real size."""
    split = QSplitter(orientation)
    for index, (widget, stretch) in enumerate(zip(widgets, stretches)):
        split.addWidget(widget)
        split.setStretchFactor(index, stretch)
    split.setSizes(list(sizes))
    return split
