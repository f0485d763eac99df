"""One button per class, labelled with its key, to sort the selected photos there."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget


class ClassButtons(QWidget):
    chosen = Signal(str)
    add_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._layout = QHBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self.buttons: dict[str, QPushButton] = {}
        self.add_button = QPushButton("+ Add class…")
        self.add_button.setToolTip("Make a new class folder in the workspace")
        self.add_button.clicked.connect(self.add_requested)

    def set_classes(self, classes: list[tuple[str, str, int]]) -> None:
        """`classes` is a list of (name, key, photo count)."""
        while self._layout.count():
            item = self._layout.takeAt(0)
            widget = item.widget()
            if widget is not None and widget is not self.add_button:
                widget.deleteLater()
        self.buttons = {}
        self._layout.addWidget(QLabel("Sort into:"))
        for name, key, count in classes:
            button = QPushButton()
            button.setObjectName("classButton")
            button.setToolTip(f"Sort the selected photos into '{name}' (key {key})")
            button.clicked.connect(lambda _=False, n=name: self.chosen.emit(n))
            self.buttons[name] = button
            self._layout.addWidget(button)
            self.set_count(name, key, count)
        self._layout.addWidget(self.add_button)
        self._layout.addStretch(1)

    def set_count(self, name: str, key: str, count: int) -> None:
        self.buttons[name].setText(f"{key}   {name}  ({count})")
