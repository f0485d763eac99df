"""One button per class, labelled with its key, to sort the selected photos there."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from app.steps.sort.widgets.flow_layout import FlowLayout

# A longer class name is shortened on its button (the tooltip has it in full), so that
# one long name cannot make the window wider than the screen.
NAME_MAX_WIDTH = 220
# Each button is as wide as it will be with this many digits in its count, so that the
# buttons do not rewrap (move under the pointer) as the counts grow.
RESERVED_DIGITS = 3


def button_text(text: str) -> str:
    """`text` as a button shows it: a lone "&" would underline the next letter instead."""
    return text.replace("&", "&&")


class ClassButtons(QWidget):
    chosen = Signal(str)
    add_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.buttons: dict[str, QPushButton] = {}
        self.add_button = QPushButton(self.tr("+ Add class…"))
        self.add_button.setToolTip(self.tr("Make a new class folder in the workspace"))
        self.add_button.clicked.connect(self.add_requested)
        label = QLabel(self.tr("Sort into:"))
        # As tall as a button, so it lines up with the first row of buttons.
        label.setMinimumHeight(self.add_button.sizeHint().height())
        # The buttons wrap onto more rows rather than widen the window with each class.
        flow_host = QWidget()
        self._flow = FlowLayout(flow_host)
        self._flow.setContentsMargins(0, 0, 0, 0)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(label, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(flow_host, 1)

    def set_classes(self, classes: list[tuple[str, str, int]]) -> None:
        """`classes` is a list of (name, key, photo count)."""
        while self._flow.count():
            widget = self._flow.takeAt(0).widget()
            if widget is not None and widget is not self.add_button:
                widget.hide()  # now: deleteLater waits for the event loop
                widget.deleteLater()
        self.buttons = {}
        for name, key, count in classes:
            button = QPushButton()
            button.setObjectName("classButton")
            button.setToolTip(self.tr("Sort the selected photos into '{name}' (key {key})")
                              .format(name=name, key=key))
            button.clicked.connect(lambda _=False, n=name: self.chosen.emit(n))
            self.buttons[name] = button
            self._flow.addWidget(button)
            self.set_count(name, key, count)
        self._flow.addWidget(self.add_button)

    def set_count(self, name: str, key: str, count: int) -> None:
        button = self.buttons[name]
        shown = button.fontMetrics().elidedText(name, Qt.TextElideMode.ElideMiddle,
                                                NAME_MAX_WIDTH)
        widest = "0" * max(RESERVED_DIGITS, len(str(count)))
        button.setText(button_text(f"{key}  {shown}  ({widest})"))
        button.setMinimumWidth(max(button.minimumWidth(), button.sizeHint().width()))
        button.setText(button_text(f"{key}  {shown}  ({count})"))
