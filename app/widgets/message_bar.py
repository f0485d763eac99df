"""A dismissible bar for news and errors that never blocks the window like a dialog."""

from __future__ import annotations

import re

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

# A word-wrapped label is as wide as its longest word: a long file name or path would
# widen the window. Such words get invisible break points (zero-width spaces).
_LONG_WORD = re.compile(r"\S{30,}")
_BREAK = "\u200b"


def breakable(text: str) -> str:
    """`text` with an invisible break point every 20 letters of each long word."""
    return _LONG_WORD.sub(
        lambda match: _BREAK.join(re.findall(r".{1,20}", match.group(0))), text)


class MessageBar(QFrame):
    """One message at a time; ``kind`` is ``"info"`` or ``"error"``."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("messageBar")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self._label = QLabel()
        self._label.setWordWrap(True)
        self._label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._action = QPushButton()
        self._action.hide()
        close = QPushButton("Dismiss")
        close.clicked.connect(self.hide)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 6, 6)
        layout.addWidget(self._label, 1)
        layout.addWidget(self._action)
        layout.addWidget(close)
        self.kind = ""
        self._text = ""
        self._callback = None
        self._action.clicked.connect(self._run_action)
        self.hide()

    @property
    def text(self) -> str:
        return self._text if self.isVisibleTo(self.parentWidget()) else ""

    def show_message(self, text: str, kind: str = "info", action: str | None = None,
                     callback=None) -> None:
        self.kind = kind
        self._text = text
        self._label.setText(breakable(text))
        self._callback = callback
        self._action.setVisible(action is not None)
        if action is not None:
            self._action.setText(action)
        colour = "rgba(220, 60, 50, 40)" if kind == "error" else "rgba(60, 130, 220, 35)"
        border = "rgba(220, 60, 50, 150)" if kind == "error" else "rgba(60, 130, 220, 120)"
        self.setStyleSheet(f"#messageBar {{ background: {colour}; border: 1px solid {border};"
                           " border-radius: 6px; }")
        self.show()

    def _run_action(self) -> None:
        if self._callback is not None:
            self._callback()
