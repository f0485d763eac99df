"""A dismissible bar for news and errors that never blocks the window like a dialog."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget


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
        self._callback = None
        self._action.clicked.connect(self._run_action)
        self.hide()

    @property
    def text(self) -> str:
        return self._label.text() if self.isVisibleTo(self.parentWidget()) else ""

    def show_message(self, text: str, kind: str = "info", action: str | None = None,
                     callback=None) -> None:
        self.kind = kind
        self._label.setText(text)
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
