"""What the Sort page asks before a class changes: a name, or "Remove this class?"."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from app.i18n import engine_text
from app.steps.sort.board import SortBoard
from app.steps.sort.widgets.class_name_dialog import ClassNameDialog
from app.widgets.message_bar import MessageBar
from core.errors import CoreError


class ClassQuestions(QObject):
    """One name dialog at a time (`dialog`), window-modal, kept open while a name is refused."""

    def __init__(self, board: SortBoard, messages: MessageBar, parent: QWidget) -> None:
        super().__init__(parent)
        self.board, self.messages = board, messages
        self._parent = parent
        self.dialog: ClassNameDialog | None = None

    def ask_new_class(self) -> None:
        """Ask for a name; the class takes the next key. A refused name keeps the dialog."""
        #: glossary: 클래스 = class (a kind of photo; one folder per class)
        self._open_class_dialog(ClassNameDialog(
            self.tr("Add a class"), self.tr("Name of the new class:"), self.board.add_class,
            ok_text=self.tr("Add"), parent=self._parent))

    def ask_rename(self, old: str) -> None:
        self._open_class_dialog(ClassNameDialog(
            self.tr("Rename class"),
            self.tr("New name for '{name}' (its key stays the same):").format(name=old),
            lambda new: self.board.rename_class(old, new), text=old, ok_text=self.tr("Rename"),
            parent=self._parent))

    def _open_class_dialog(self, dialog: ClassNameDialog) -> None:
        if self.dialog is not None:
            self.dialog.close()
        self.dialog = dialog
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(self.messages.hide)
        dialog.finished.connect(lambda _result: self._forget_dialog(dialog))
        dialog.open()

    def _forget_dialog(self, dialog: ClassNameDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None

    def ask_remove(self, name: str) -> None:
        """Ask first; then the class goes and its photos go back to Unsorted (undoable)."""
        count = self.board.class_models[name].rowCount()
        if not count:
            question = self.tr("Remove the class '{name}'? It has no photos.\n\n"
                               "Edit → Undo brings it back.")
        else:
            question = self.tr("Remove the class '{name}'? Its %n photos go back to Unsorted; "
                               "no photo is deleted.\n\nEdit → Undo brings it back.", "", count)
        answer = QMessageBox.question(
            self._parent, self.tr("Remove class"), question.format(name=name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel)
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            self.board.remove_class(name)
        except CoreError as error:
            self.messages.show_message(engine_text(str(error)), "error")
        else:
            self.messages.hide()

