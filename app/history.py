"""The window's one undo history: every change to the person's files, from any step.

Sorting, renaming or removing a class (Sort), "This is wrong" and copying photos into
class folders (Test), moving a photo out of a confusion-matrix square (Train): each is
an `UndoableCommand` pushed here, so Ctrl+Z reaches it from wherever the person is,
and says what it took back ("Undone: put IMG_0001.jpg in 'alpaca'").

An undo or redo that cannot be carried out (a folder became read-only, a photo was
removed meanwhile) changes nothing, leaves the history where it was and says why, so
it can be tried again once the reason is gone.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack


class UndoableCommand(QUndoCommand):
    """A change whose undo or redo either happens whole or not at all.

    Subclasses implement `do_redo` and `do_undo`, and set `failed` when they could
    not be carried out (having put back whatever they had already changed).
    """

    def __init__(self, text: str) -> None:
        super().__init__(text)
        self.failed = False
        # The next redo or undo only moves the history's index: the files already are
        # as it would leave them (a change made before it was pushed, or a rolled-back try).
        self.skip_next = False

    def redo(self) -> None:
        if self.skip_next:
            self.skip_next = False
            return
        self.failed = False
        self.do_redo()

    def undo(self) -> None:
        if self.skip_next:
            self.skip_next = False
            return
        self.failed = False
        self.do_undo()

    def do_redo(self) -> None:
        raise NotImplementedError

    def do_undo(self) -> None:
        raise NotImplementedError


class History(QObject):
    """The undo stack every step pushes its file changes on."""

    undone = Signal(str)  # "Undone: …" after an undo that worked
    redone = Signal(str)  # "Redone: …" after a redo that worked

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.stack = QUndoStack(self)

    def push(self, command: QUndoCommand) -> None:
        """Do `command` (unless it is done already: `skip_next`) and remember it."""
        self.stack.push(command)

    def clear(self) -> None:
        self.stack.clear()

    def undo(self) -> bool:
        """Undo the last change; when it cannot be undone, nothing changes (False)."""
        stack = self.stack
        if not stack.canUndo():
            return False
        text = stack.undoText()
        command = stack.command(stack.index() - 1)
        stack.undo()
        if _failed(command):
            _skip_next(command)
            stack.redo()  # back where it was: only the index moves
            return False
        #: {change} is what was taken back, e.g. "put IMG_0001.jpg in 'alpaca'"
        self.undone.emit(self.tr("Undone: {change}").format(change=text))
        return True

    def redo(self) -> bool:
        """Redo the change last undone; when it cannot be redone, nothing changes (False)."""
        stack = self.stack
        if not stack.canRedo():
            return False
        text = stack.redoText()
        command = stack.command(stack.index())
        stack.redo()
        if _failed(command):
            _skip_next(command)
            stack.undo()
            return False
        self.redone.emit(self.tr("Redone: {change}").format(change=text))
        return True


def _commands(command: QUndoCommand) -> list[QUndoCommand]:
    """The command and, for a macro, the commands inside it."""
    return [command] + [command.child(i) for i in range(command.childCount())]


def _failed(command: QUndoCommand) -> bool:
    return any(isinstance(c, UndoableCommand) and c.failed for c in _commands(command))


def _skip_next(command: QUndoCommand) -> None:
    # Only the parts that failed (and rolled themselves back): in a macro, the parts that
    # did their undo are redone for real, so the whole is as it was.
    for part in _commands(command):
        if isinstance(part, UndoableCommand) and part.failed:
            part.skip_next = True
