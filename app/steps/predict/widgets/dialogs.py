"""Small question dialogs of the Test page, wide enough for their whole title.

The desktop adds the app's name to a dialog's title ("This is wrong — Alpaca
Studio"); a dialog narrower than that shows "This is w… Studio".
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtGui import QFontMetrics, QGuiApplication
from PySide6.QtWidgets import QApplication, QDialog, QInputDialog, QMessageBox, QWidget

# The window icon and the close, minimise and maximise buttons beside the title.
TITLE_ROOM = 150


def full_title(dialog: QWidget) -> str:
    """The title as the desktop shows it, with the app's name after it."""
    title, app = dialog.windowTitle(), QGuiApplication.applicationDisplayName()
    return f"{title} — {app}" if app and app != title else title


def fit_title(dialog: QWidget) -> None:
    """Make `dialog` at least wide enough for its whole title."""
    metrics = QFontMetrics(QApplication.font("QMdiSubWindowTitleBar"))
    needed = metrics.horizontalAdvance(full_title(dialog)) + TITLE_ROOM
    dialog.setMinimumWidth(max(dialog.minimumWidth(), needed))


def ask_choice(parent: QWidget | None, title: str, question: str,
               choices: Sequence[str]) -> str | None:
    """The choice picked from `choices`, or None when the person cancelled."""
    dialog = QInputDialog(parent)
    dialog.setWindowTitle(title)
    dialog.setLabelText(question)
    dialog.setComboBoxItems(list(choices))
    dialog.setComboBoxEditable(False)
    dialog.setTextValue(choices[0])
    fit_title(dialog)
    try:
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.textValue()
    finally:
        dialog.deleteLater()


def ask_yes_no(parent: QWidget | None, title: str, question: str) -> bool:
    """True when the person answers Yes (No is the default answer)."""
    box = QMessageBox(QMessageBox.Icon.Question, title, question,
                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, parent)
    box.setDefaultButton(QMessageBox.StandardButton.No)
    fit_title(box)
    try:
        return QMessageBox.StandardButton(box.exec()) == QMessageBox.StandardButton.Yes
    finally:
        box.deleteLater()
