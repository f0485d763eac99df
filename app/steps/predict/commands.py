"""The Test page's undoable file changes: "This is wrong" and copies into class folders.

Each is made first (so a failure is told at once) and pushed on the window's
history already done; undo removes the copies made (only while they are still
the app's own, unchanged) and redo makes them again. Undo and redo are all or
nothing: when one copy cannot be removed or made, the others are put back.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from app.history import UndoableCommand
from app.i18n import engine_text
from app.steps.predict.words import photos, words
from core.photo_files import FileOperation, PhotoFileError, copy_photo, undo_operation

Say = Callable[[str, str], None]  # a sentence for the page's message bar, and its kind



@dataclass
class Correction:
    """A photo the person put in another class: the copy of it there, while it exists."""

    photo: Path
    class_name: str
    folder: Path  # the workspace folder of `class_name`
    operation: FileOperation | None  # the copy, or None while it is taken back

    def make_copy(self) -> None:
        """Copy the photo into its class folder again (raises PhotoFileError)."""
        self.operation = copy_photo(self.photo, self.folder)

    def remove_copy(self) -> None:
        """Remove the copy the app made (raises PhotoFileError: the copy stays)."""
        if self.operation is not None:
            undo_operation(self.operation)
            self.operation = None


@dataclass
class CorrectionSignals:
    """How a correction command tells the page what it changed."""

    say: Say
    corrected: Callable[[Path, str | None], None]  # photo, its class now (None: taken back)
    added: Callable[[list[Path]], None]  # copies made in the workspace
    removed: Callable[[list[Path]], None]  # copies removed from the workspace


class CorrectionCommand(UndoableCommand):
    """Put a photo in the class it really is ("This is wrong"), or take it back out.

    `correction` is shared by the command that put the photo in and the one that
    took it out again (the card's button clicked back), so each undoes the other's
    current copy.
    """

    def __init__(self, correction: Correction, signals: CorrectionSignals, *,
                 take_back: bool = False) -> None:
        name, where = correction.photo.name, correction.class_name
        # The history's name for the change: the Edit menu says "Undo <this>".
        if take_back:
            text = QCoreApplication.translate("PredictCommands", "take {photo} out of '{name}'")
        else:
            text = QCoreApplication.translate("PredictCommands", "put {photo} in '{name}'")
        super().__init__(text.format(photo=name, name=where))
        self.correction = correction
        self._signals = signals
        self.take_back = take_back
        self.skip_next = True  # pushed once the change is made

    def do_redo(self) -> None:
        if self.take_back:
            self._remove()
        else:
            self._copy()

    def do_undo(self) -> None:
        if self.take_back:
            self._copy()
        else:
            self._remove()

    def _copy(self) -> None:
        correction = self.correction
        try:
            correction.make_copy()
        except PhotoFileError as error:
            self.failed = True
            self._signals.say(QCoreApplication.translate(
                "PredictCommands", "{photo} could not be put in “{name}” again: {reason}. "
                "Nothing was changed.").format(
                photo=correction.photo.name, name=correction.class_name,
                reason=engine_text(error.reason)), "error")
            return
        self._signals.corrected(correction.photo, correction.class_name)
        self._signals.added([correction.operation.destination])
        self._signals.say(QCoreApplication.translate(
            "PredictCommands", "A copy of {photo} is in “{name}” in your workspace "
            "again.").format(photo=correction.photo.name,
                                               name=correction.class_name), "info")

    def _remove(self) -> None:
        correction = self.correction
        copy = correction.operation.destination if correction.operation else None
        try:
            correction.remove_copy()
        except PhotoFileError as error:
            self.failed = True
            self._signals.say(QCoreApplication.translate(
                "PredictCommands", "The copy of {photo} in “{name}” could not be taken out: "
                "{reason}. Nothing was changed.").format(
                photo=correction.photo.name, name=correction.class_name,
                reason=engine_text(error.reason)), "error")
            return
        self._signals.corrected(correction.photo, None)
        if copy is not None:
            self._signals.removed([copy])
        self._signals.say(taken_back(correction), "info")


def taken_back(correction: Correction) -> str:
    """What the page says once a photo was taken back out of the class it was put in."""
    return QCoreApplication.translate(
        "PredictCommands", "{photo} was taken back out of “{name}”; the photo itself was not "
        "changed.").format(photo=correction.photo.name, name=correction.class_name)


@dataclass
class CopiedPhotos:
    """The copies one "Copy into class folders…" made, and the folders it had to make."""

    destination: Path
    in_workspace: bool
    operations: list[FileOperation]
    made_folders: list[Path] = field(default_factory=list)


class CopyIntoFoldersCommand(UndoableCommand):
    """Every copy of one "Copy into class folders…", as one change."""

    def __init__(self, copied: CopiedPhotos, signals: CorrectionSignals) -> None:
        number = photos(len(copied.operations))
        if copied.in_workspace:
            text = QCoreApplication.translate(
                "PredictCommands", "copy {photos} into the classes of your workspace")
        else:
            text = QCoreApplication.translate(
                "PredictCommands", "copy {photos} into class folders in '{folder}'")
        super().__init__(text.format(photos=number, folder=copied.destination.name))
        self.copied = copied
        self._signals = signals
        self.skip_next = True  # pushed once the copies are made

    def do_undo(self) -> None:
        copied = self.copied
        removed: list[FileOperation] = []
        for operation in copied.operations:
            try:
                undo_operation(operation)
            except PhotoFileError as error:
                self.failed = True
                self._put_back(removed)
                self._signals.say(QCoreApplication.translate(
                    "PredictCommands", "The copies could not be taken back: {reason}. "
                    "Nothing was changed.").format(
                    reason=engine_text(str(error))), "error")
                return
            removed.append(operation)
        for folder in reversed(copied.made_folders):
            _remove_if_empty(folder)
        if copied.in_workspace:
            self._signals.removed([op.destination for op in copied.operations])
        number = len(copied.operations)
        self._signals.say(words().copies_taken_back(number, copied.destination), "info")

    def do_redo(self) -> None:
        copied = self.copied
        for folder in copied.made_folders:
            try:
                folder.mkdir(exist_ok=True)
            except OSError as error:
                self.failed = True
                self._signals.say(QCoreApplication.translate(
                    "PredictCommands", "The folder {folder} cannot be made again ({reason}). "
                    "Nothing was changed.").format(
                    folder=folder, reason=error.strerror or error), "error")
                return
        made: list[FileOperation] = []
        for operation in copied.operations:
            try:
                made.append(copy_photo(operation.source, operation.destination.parent,
                                       operation.destination.name))
            except PhotoFileError as error:
                self.failed = True
                for done in made:
                    _undo_quietly(done)
                for folder in reversed(copied.made_folders):
                    _remove_if_empty(folder)
                self._signals.say(QCoreApplication.translate(
                    "PredictCommands", "The photos could not be copied again: {reason}. "
                    "Nothing was changed.").format(
                    reason=engine_text(str(error))), "error")
                return
        copied.operations = made
        if copied.in_workspace:
            self._signals.added([op.destination for op in made])
        self._signals.say(QCoreApplication.translate(
            "PredictCommands", "Copied {photos} into {folder} again.").format(
            photos=photos(len(made)), folder=copied.destination), "info")

    def _put_back(self, removed: list[FileOperation]) -> None:
        """After a failed undo: copy again what was already removed, where it was."""
        operations = self.copied.operations
        for operation in removed:
            try:
                again = copy_photo(operation.source, operation.destination.parent,
                                   operation.destination.name)
            except PhotoFileError:
                continue  # its source went away meanwhile: nothing more can be done
            operations[operations.index(operation)] = again


def _undo_quietly(operation: FileOperation) -> None:
    try:
        undo_operation(operation)
    except PhotoFileError:
        pass


def _remove_if_empty(folder: Path) -> None:
    # Only a folder this copy made, and only while nothing else was put in it.
    try:
        os.rmdir(folder)
    except OSError:
        pass
