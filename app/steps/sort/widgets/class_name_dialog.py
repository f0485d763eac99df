"""Asks for a class name; a name that cannot be used keeps the dialog open, saying why."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app.i18n import engine_text
from core.errors import CoreError


class ClassNameDialog(QDialog):
    """`change(name)` is tried on OK; a `CoreError` it raises is shown under the field,
    with the typed name kept, instead of closing the dialog."""

    def __init__(self, title: str, question: str, change: Callable[[str], object],
                 text: str = "", ok_text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self._change = change
        label = QLabel(question)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setWordWrap(True)
        self.field = QLineEdit(text)
        self.field.selectAll()
        label.setBuddy(self.field)
        self.reason = QLabel()
        self.reason.setWordWrap(True)
        self.reason.setTextFormat(Qt.TextFormat.PlainText)
        self.reason.setStyleSheet("color: rgb(200, 60, 50);")
        self.reason.setAccessibleName(self.tr("Why this name cannot be used"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        if ok_text:  # else the standard OK, in the window's language
            self.ok_button.setText(ok_text)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.field.textChanged.connect(lambda _text: self.reason.setText(""))
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.field)
        # Room for two lines of reason from the start: the buttons stay put when it shows.
        # Measured on two lines of this language's text: a fallback font (Korean) can have
        # taller lines than the font's own metrics say.
        self.reason.setText("\n".join([self.reason.accessibleName()] * 2))
        two_lines = self.reason.sizeHint().height()
        self.reason.setText("")
        self.reason.setMinimumHeight(max(two_lines,
                                         2 * self.reason.fontMetrics().lineSpacing()))
        self.reason.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.reason)
        layout.addWidget(self.buttons)
        # Wide enough for the whole title in the title bar, and for a long name.
        self.setMinimumWidth(max(360, self.fontMetrics().horizontalAdvance(title) + 160))

    def accept(self) -> None:
        try:
            self._change(self.field.text())
        except CoreError as error:
            self.reason.setText(engine_text(str(error)))
            self.field.setFocus()
            return
        super().accept()
