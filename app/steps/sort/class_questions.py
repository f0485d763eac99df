"""What the Sort page asks before a class changes: a name, or "Remove this class?"."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

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
        self._open_class_dialog(ClassNameDialog(
            "Add a class", "Name of the new class:", self.board.add_class, ok_text="Add",
            parent=self._parent))

    def ask_rename(self, old: str) -> None:
        self._open_class_dialog(ClassNameDialog(
            "Rename class", f"New name for '{old}' (its key stays the same):",
            lambda new: self.board.rename_class(old, new), text=old, ok_text="Rename",
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
        photos = ("It has no photos." if not count else
                  f"Its {count} photo{'s go' if count != 1 else ' goes'} back to Unsorted; "
                  "no photo is deleted.")
        answer = QMessageBox.question(
            self._parent, "Remove class", f"Remove the class '{name}'? {photos}\n\n"
            "Edit → Undo brings it back.",
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel)
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            self.board.remove_class(name)
        except CoreError as error:
            self.messages.show_message(str(error), "error")
        else:
            self.messages.hide()

