"""Undoable changes of the Sort page: every change a person makes is one command.

Each is named in the person's words, as the Edit menu and the status bar show it
("put IMG_1.jpg in 'alpaca'", "take 'IMG_1.jpg' back to Unsorted", "remove class
'llama'"); after an undo or a redo the photos it put back are selected where they are.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any, Protocol

from PySide6.QtCore import QCoreApplication, QObject

from app.history import UndoableCommand
from app.photo_model import PhotoListModel
from app.thumbnail_cache import ThumbnailCache
from core.photo_files import FileOperation, PhotoFileError


class SortBoard(Protocol):
    """What the commands need of the board they change (`app.steps.sort.board.SortBoard`)."""

    tray: PhotoListModel
    thumbnails: ThumbnailCache

    def transfer(self, photos: list[Path], source: str | None, target: str | None,
                 copy: bool) -> tuple[list[tuple[Path, FileOperation]], list[PhotoFileError]]:
        ...

    def transfer_back(self, operations: list[tuple[FileOperation, int]], source: str | None,
                      target: str | None) -> tuple[list[Path | None], list[PhotoFileError]]:
        ...

    def create_class_folder(self, name: str) -> str: ...

    def remove_class_folder(self, name: str) -> None: ...

    def rename_class_folder(self, old: str, new: str) -> str: ...

    def run_class_change(self, change: Callable[[], object]) -> bool: ...

    def park_class_folder(self, name: str) -> Any: ...

    def unpark_class_folder(self, removal: Any) -> list[Path]: ...

    def show_restored(self, key: str | None, photos: list[Path]) -> None: ...

    def report(self, failures: list[PhotoFileError], what: str) -> None: ...

    def changed(self) -> None: ...


class SortCommands(QObject):
    """The commands' names that count photos: `self.tr` with %n, which lupdate marks as
    plural (it does not for `QCoreApplication.translate`)."""

    def photos(self, count: int) -> str:
        return self.tr("%n photos", "", count)

    def take_back(self, count: int) -> str:
        return self.tr("take %n photos back to Unsorted", "", count)

    def put_in(self, count: int) -> str:
        return self.tr("put %n photos in '{name}'", "", count)

    def add_to_tray(self, count: int) -> str:
        return self.tr("add %n photos to Unsorted", "", count)

    def take_off_tray(self, count: int) -> str:
        return self.tr("take %n photos off Unsorted", "", count)


@cache
def words() -> SortCommands:
    return SortCommands()


def photos_text(photos: list[Path]) -> str:
    """"IMG_1.jpg" for one photo, "3 photos" for more."""
    if len(photos) == 1:
        return photos[0].name
    return words().photos(len(photos))


def sort_text(photos: list[Path], target: str | None) -> str:
    """What sorting `photos` into `target` (None: Unsorted) is called in the Edit menu."""
    # Whole phrases with their fields: the Edit menu says "Undo " + this.
    if target is None:
        #: An undo step's name: the Edit menu shows "Undo <this>", the status bar "Undone: <this>"
        if len(photos) == 1:
            return QCoreApplication.translate(
                "SortCommands", "take '{photo}' back to Unsorted").format(photo=photos[0].name)
        return words().take_back(len(photos))
    if len(photos) == 1:
        return QCoreApplication.translate("SortCommands", "put {photo} in '{name}'").format(
            photo=photos[0].name, name=target)
    return words().put_in(len(photos)).format(name=target)


def failed_to_sort() -> str:
    """A photo that could not be sorted, and why (fields {photo} and {reason})."""
    return QCoreApplication.translate("SortCommands", "“{photo}” could not be sorted: {reason}.")


@dataclass
class _Sorted:
    photo: Path  # where the photo was before
    row: int  # its row in the grid it came from
    operation: FileOperation


class SortPhotosCommand(UndoableCommand):
    """Copy or move photos from one grid (tray or class) to another; undo restores both.

    The first time, what can be sorted is sorted and the rest is named. An undo or a
    redo later is all or nothing: when one photo cannot be put back (its folder became
    read-only, it was removed), those already put back return, and nothing changes.
    """

    def __init__(self, board: SortBoard, photos: list[tuple[Path, int]],
                 source: str | None, target: str | None, copy: bool) -> None:
        super().__init__(sort_text([photo for photo, _ in photos], target))
        self._board = board
        self._requests = photos
        self._source, self._target, self._copy = source, target, copy
        self._done: list[_Sorted] = []
        self.failures: list[PhotoFileError] = []
        self._first = True

    def do_redo(self) -> None:
        first, self._first = self._first, False
        requests = self._requests if first else [(s.photo, s.row) for s in self._done]
        rows = dict(requests)
        done, failures = self._board.transfer([photo for photo, _ in requests], self._source,
                                              self._target, self._copy)
        if first:
            self._done = [_Sorted(photo, rows[photo], operation) for photo, operation in done]
            self.failures = failures
            if not done:
                self.setObsolete(True)
            elif failures:  # named after what it did
                self.setText(sort_text([photo for photo, _ in done], self._target))
            self._board.report(failures, failed_to_sort())
        elif failures:  # all or nothing: what did move goes back
            self.failed = True
            done.sort(key=lambda pair: rows[pair[0]])
            back, _ = self._board.transfer_back(
                [(operation, rows[photo]) for photo, operation in done], self._source,
                self._target)
            moved_back = dict(zip([photo for photo, _ in done], back))
            for item in self._done:
                if moved_back.get(item.photo) is not None:
                    item.photo = moved_back[item.photo]
            self._board.report(failures, QCoreApplication.translate(
                "SortCommands",
                "“{photo}” could not be sorted again, so nothing was redone: {reason}."))
        else:
            self._done = [_Sorted(photo, rows[photo], operation) for photo, operation in done]
            self._board.show_restored(self._target, self.sorted_photos)
        self._board.changed()

    def do_undo(self) -> None:
        # Ascending rows, so each photo returns to exactly the place it had.
        items = sorted(self._done, key=lambda s: s.row)
        restored, failures = self._board.transfer_back(
            [(item.operation, item.row) for item in items], self._source, self._target)
        if failures:  # all or nothing: what was put back is sorted again
            self.failed = True
            back = [(item, path) for item, path in zip(items, restored) if path is not None]
            if back:
                again, _ = self._board.transfer([path for _, path in back], self._source,
                                                self._target, self._copy)
                operations = dict(again)
                for item, path in back:
                    if path in operations:
                        item.operation = operations[path]
            self._board.report(failures, QCoreApplication.translate(
                "SortCommands",
                "“{photo}” could not be put back, so nothing was undone: {reason}."))
        else:
            for item, path in zip(items, restored):
                item.photo = path
            self._board.show_restored(self._source, [item.photo for item in items])
        self._board.changed()

    @property
    def sorted_photos(self) -> list[Path]:
        return [item.operation.destination for item in self._done]


class AddToTrayCommand(UndoableCommand):
    def __init__(self, board: SortBoard, photos: list[Path]) -> None:
        if len(photos) == 1:
            text = QCoreApplication.translate("SortCommands", "add {photo} to Unsorted").format(
                photo=photos[0].name)
        else:
            text = words().add_to_tray(len(photos))
        super().__init__(text)
        self._board, self._photos = board, photos
        self._first = True

    def do_redo(self) -> None:
        self._board.tray.insert_photos(self._photos)
        self._board.thumbnails.prefetch(self._photos)
        if not self._first:
            self._board.show_restored(None, self._photos)
        self._first = False
        self._board.changed()

    def do_undo(self) -> None:
        self._board.tray.remove_photos(self._photos)
        self._board.changed()


class RemoveFromTrayCommand(UndoableCommand):
    """Take photos off the Unsorted list (their files stay); undo puts them back in place."""

    def __init__(self, board: SortBoard, photos: list[Path]) -> None:
        if len(photos) == 1:
            text = QCoreApplication.translate("SortCommands", "take {photo} off Unsorted").format(
                photo=photos[0].name)
        else:
            text = words().take_off_tray(len(photos))
        super().__init__(text)
        self._board, self._photos = board, photos
        self._rows: dict[Path, int] = {}

    def do_redo(self) -> None:
        self._rows = self._board.tray.remove_photos(self._photos)
        self._board.changed()

    def do_undo(self) -> None:
        self._board.tray.insert_at(self._rows.items())
        self._board.show_restored(None, list(self._rows))
        self._board.changed()


class AddClassCommand(UndoableCommand):
    """Created after the folder was made; undo removes it while it is still empty."""

    def __init__(self, board: SortBoard, name: str) -> None:
        super().__init__(QCoreApplication.translate("SortCommands", "add class '{name}'")
                         .format(name=name))
        self._board, self._name = board, name
        self.skip_next = True  # the folder exists already

    def do_redo(self) -> None:
        self.failed = not self._board.run_class_change(
            lambda: self._board.create_class_folder(self._name))

    def do_undo(self) -> None:
        self.failed = not self._board.run_class_change(
            lambda: self._board.remove_class_folder(self._name))


class RenameClassCommand(UndoableCommand):
    """Created after the folder was renamed; undo gives it its old name back."""

    def __init__(self, board: SortBoard, old: str, new: str) -> None:
        super().__init__(QCoreApplication.translate(
            "SortCommands", "rename class '{old}' to '{new}'").format(old=old, new=new))
        self._board, self._old, self._new = board, old, new
        self.skip_next = True  # renamed already

    def do_redo(self) -> None:
        self.failed = not self._board.run_class_change(
            lambda: self._board.rename_class_folder(self._old, self._new))

    def do_undo(self) -> None:
        self.failed = not self._board.run_class_change(
            lambda: self._board.rename_class_folder(self._new, self._old))


class RemoveClassCommand(UndoableCommand):
    """Created after the class was removed (`removal` says how); undo brings it back
    at its key, with its photos, and redo sends them back to Unsorted again."""

    def __init__(self, board: SortBoard, name: str) -> None:
        super().__init__(QCoreApplication.translate("SortCommands", "remove class '{name}'")
                         .format(name=name))
        self._board, self._name = board, name
        self.removal: Any = None
        self.skip_next = True  # removed already

    def do_redo(self) -> None:
        def remove() -> None:
            self.removal = self._board.park_class_folder(self._name)

        self.failed = not self._board.run_class_change(remove)
        if not self.failed and self.removal.photos:
            self._board.show_restored(None, self.removal.photos)

    def do_undo(self) -> None:
        back: list[Path] = []
        self.failed = not self._board.run_class_change(
            lambda: back.extend(self._board.unpark_class_folder(self.removal)))
        if not self.failed and back:
            self._board.show_restored(self._name, back)
