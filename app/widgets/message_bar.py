"""A dismissible bar for news and errors that never blocks the window like a dialog.

Its place on the page is kept whether a message shows or not, at the height of two
lines of text: a message appearing or dismissed never moves the page under the
pointer, and a longer one scrolls inside the bar rather than covering anything.
"""

from __future__ import annotations

import re

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QWidget,
)

from app.i18n import engine_text

# A word-wrapped label is as wide as its longest word: a long file name or path would
# widen the window. Such words get invisible break points (zero-width spaces).
_LONG_WORD = re.compile(r"\S{30,}")
_BREAK = "\u200b"
LINES = 2  # lines of text the bar always has room for
MARGIN = 3


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
        self._label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self._label.setObjectName("messageText")
        # Longer messages scroll inside the bar: its height never changes.
        self._scroll = QScrollArea()
        self._scroll.setWidget(self._label)
        self._scroll.setWidgetResizable(True)
        self._scroll.setFrameShape(QFrame.Shape.NoFrame)
        self._scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._scroll.viewport().setAutoFillBackground(False)
        self._label.setAutoFillBackground(False)
        self._action = QPushButton()
        self._action.hide()
        self.close_button = QPushButton(self.tr("Dismiss"))
        self.close_button.clicked.connect(self.hide)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, MARGIN, 6, MARGIN)
        layout.addWidget(self._scroll, 1)
        layout.addWidget(self._action)
        layout.addWidget(self.close_button)
        self.kind = ""
        self._text = ""
        self._callback = None
        self._action.clicked.connect(self._run_action)
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        policy.setRetainSizeWhenHidden(True)  # the page keeps the bar's place when it hides
        self.setSizePolicy(policy)
        self.setFixedHeight(self.reserved_height())
        self.hide()

    def reserved_height(self) -> int:
        """The bar's one height: two lines of text, or a button if taller, and the margins."""
        text = self._label.fontMetrics().lineSpacing() * LINES + 4
        button = self.close_button.sizeHint().height()
        return max(text, button) + 2 * MARGIN + 2 * self.frameWidth()

    @property
    def text(self) -> str:
        return self._text if self.isVisibleTo(self.parentWidget()) else ""

    def show_message(self, text: str, kind: str = "info", action: str | None = None,
                     callback=None) -> None:
        """Show `text`; a sentence of the engine (`core`) is said in the window's language.

        The pages hand their own texts already translated, and core's messages (a reason a
        file was skipped, an error) as core wrote them: `engine_text` leaves what it does
        not know unchanged, so every message can pass through it here, in one place.
        """
        text = engine_text(text)
        self.kind = kind
        self._text = text
        self._label.setText(breakable(text))
        self._label.setToolTip(text)
        self._callback = callback
        self._action.setVisible(action is not None)
        if action is not None:
            self._action.setText(action)
        colour = "rgba(220, 60, 50, 40)" if kind == "error" else "rgba(60, 130, 220, 35)"
        border = "rgba(220, 60, 50, 150)" if kind == "error" else "rgba(60, 130, 220, 120)"
        self.setStyleSheet(f"#messageBar {{ background: {colour}; border: 1px solid {border};"
                           " border-radius: 6px; }")
        self._scroll.verticalScrollBar().setValue(0)
        self.show()

    def _run_action(self) -> None:
        if self._callback is not None:
            self._callback()
