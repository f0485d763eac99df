"""Moving a validation photo out of a wrong class folder, from the confusion matrix's photos.

"Move to <class>" puts it in another class folder, "Remove from training" in the
workspace's Unsorted folder (`core.workspace.UNSORTED_FOLDER`): no photo is ever
deleted. Each is an `UndoableCommand` on the window's one history, whose undo puts
the photo back under its own name.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from app.history import UndoableCommand
from app.i18n import engine_text
from core.photo_files import FileOperation, PhotoFileError, move_photo, undo_operation
from core.workspace import UNSORTED_FOLDER


class MovePhoto(UndoableCommand):
    """Move `photo` into `folder`; `on_changed(command)` after each try (done, undone, failed)."""

    def __init__(self, photo: Path, folder: Path, text: str,
                 on_changed: Callable[[MovePhoto], None]) -> None:
        super().__init__(text)
        self.photo = Path(photo)
        self.folder = Path(folder)
        self.operation: FileOperation | None = None
        self.problem = ""  # why the last try failed, in words
        self._on_changed = on_changed

    @property
    def moved(self) -> bool:
        return self.operation is not None

    def do_redo(self) -> None:
        try:
            self.folder.mkdir(exist_ok=True)  # the Unsorted folder may not exist yet
            self.operation = move_photo(self.photo, self.folder)
        except PhotoFileError as error:
            self._fail(QCoreApplication.translate(
                "TrainPhotoMoves", "{photo} could not be moved: {reason}.").format(
                photo=self.photo.name, reason=engine_text(error.reason)))
        except OSError as error:
            self._fail(QCoreApplication.translate(
                "TrainPhotoMoves", "{photo} could not be moved: the folder {folder} cannot be "
                "made ({problem}).").format(photo=self.photo.name, folder=self.folder.name,
                                            problem=error.strerror or error))
        else:
            self.problem = ""
        self._on_changed(self)

    def do_undo(self) -> None:
        if self.operation is None:
            return
        try:
            undo_operation(self.operation)
        except PhotoFileError as error:
            self._fail(QCoreApplication.translate(
                "TrainPhotoMoves", "{photo} could not be put back: {reason}.").format(
                photo=self.photo.name, reason=engine_text(error.reason)))
        else:
            self.operation, self.problem = None, ""
        self._on_changed(self)

    def _fail(self, problem: str) -> None:
        self.failed = True
        self.problem = problem


def move_to_class(photo: Path, workspace: Path, class_name: str,
                  on_changed: Callable[[MovePhoto], None]) -> MovePhoto:
    #: the Undo menu item: "Undo put photo.jpg in 'alpaca'"
    text = QCoreApplication.translate("TrainPhotoMoves", "put {photo} in '{name}'")
    return MovePhoto(photo, workspace / class_name,
                     text.format(photo=photo.name, name=class_name), on_changed)


def remove_from_training(photo: Path, workspace: Path,
                         on_changed: Callable[[MovePhoto], None]) -> MovePhoto:
    text = QCoreApplication.translate("TrainPhotoMoves", "put {photo} back in Unsorted")
    return MovePhoto(photo, workspace / UNSORTED_FOLDER, text.format(photo=photo.name),
                     on_changed)
