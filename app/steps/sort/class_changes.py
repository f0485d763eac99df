"""The class half of the Sort board: add, rename and remove classes, and their keys.

Each change goes on the undo history as one command. Keys follow `slots`, the order
the person made: a new class takes the next key, a renamed one keeps its key, and a
removed one leaves its key free, so that no key silently comes to mean another class.
The order is saved per workspace with the app's settings, never among the photos.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, SignalInstance
from PySide6.QtGui import QUndoStack

from app.i18n import engine_text
from app.photo_model import PhotoListModel
from app.settings import AppPaths
from app.steps.sort.class_folders import check_new_name, plain_reason, save_class_order, trimmed
from app.steps.sort.commands import AddClassCommand, RemoveClassCommand, RenameClassCommand
from app.thumbnail_cache import ThumbnailCache
from core.errors import CoreError
from core.workspace import (
    WorkspaceError,
    add_class,
    list_photos,
    park_class,
    remove_empty_class,
    rename_class,
    unpark_class,
)


@dataclass
class ClassRemoval:
    """A removed class: its key's slot, and where its folder went (None: it was empty
    and is gone) with the photos now in Unsorted."""

    name: str
    slot: int
    parked: Path | None
    photos: list[Path]


class ClassChanges:
    """Mixed into `SortBoard`, whose state and signals it uses."""

    paths: AppPaths
    thumbnails: ThumbnailCache
    undo_stack: QUndoStack
    workspace: Path | None
    proposed: bool
    slots: list[str | None]
    class_models: dict[str, PhotoListModel]
    tray: PhotoListModel
    problem: SignalInstance
    classes_changed: SignalInstance
    photos_changed: SignalInstance
    restored: SignalInstance
    changed: Callable[[], None]  # the photos changed (saves the tray, tells the page)
    _create_proposed: Callable[[], None]  # makes a proposed workspace's folders

    @property
    def class_names(self) -> list[str]:
        return list(self.class_models)

    def check_name(self, name: str, renaming: str | None = None) -> str:
        """The cleaned `name` if it can be a new class (or `renaming`'s new name), else
        `WorkspaceError` with the reason in words; names differing in capitals are one."""
        return check_new_name(name, [n for n in self.class_names if n != renaming])

    def add_class(self, name: str) -> str:
        """Create a class folder, the last key (raising `WorkspaceError`); undoable."""
        cleaned = self.check_name(name)
        self._create_proposed()
        cleaned = self.create_class_folder(cleaned)
        self.undo_stack.push(AddClassCommand(self, cleaned))
        return cleaned

    def rename_class(self, old: str, new: str) -> str:
        """Rename a class folder, keeping its key (raising `WorkspaceError`); undoable."""
        cleaned = self.check_name(new, renaming=old)
        if cleaned == old:
            return old
        self._create_proposed()
        cleaned = self.rename_class_folder(old, cleaned)
        self.undo_stack.push(RenameClassCommand(self, old, cleaned))
        return cleaned

    def remove_class(self, name: str) -> None:
        """Take class `name` away; its photos go back to Unsorted, none is deleted (undoable).

        Raises `WorkspaceError` when its folder cannot be moved (nothing changed).
        """
        self._create_proposed()
        command = RemoveClassCommand(self, name)
        command.removal = self.park_class_folder(name)
        self.undo_stack.push(command)
        if command.removal.photos:
            self.show_restored(None, command.removal.photos)  # here they are

    def create_class_folder(self, name: str, slot: int | None = None) -> str:
        cleaned = add_class(self._require_workspace(), name)
        self._place_class(cleaned, PhotoListModel(cleaned, self.thumbnails, self), slot)
        return cleaned

    def remove_class_folder(self, name: str) -> None:
        remove_empty_class(self._require_workspace(), name)
        self._drop_class(name)

    def rename_class_folder(self, old: str, new: str) -> str:
        workspace = self._require_workspace()
        cleaned = rename_class(workspace, old, new)
        slot = self.slots.index(old)
        self.slots[slot] = None
        model = self.class_models.pop(old)
        model.key = cleaned
        model.set_photos(list_photos(workspace / cleaned))
        self._place_class(cleaned, model, slot)
        return cleaned

    def park_class_folder(self, name: str) -> ClassRemoval:
        """Remove class `name`: an empty folder goes, one with files goes into Unsorted,
        whose photos lead the tray. Returns what its undo needs."""
        workspace = self._require_workspace()
        folder, parked = workspace / name, None
        if folder.is_dir():
            # Files the app does not show (.DS_Store) go along too: nothing is deleted.
            if any(folder.iterdir()):
                parked = park_class(workspace, name)
            else:
                remove_empty_class(workspace, name)
        moved = list_photos(parked) if parked is not None else []
        self.tray.insert_photos(moved, 0)
        self.thumbnails.prefetch(moved)
        slot = self._drop_class(name)
        self.changed()
        return ClassRemoval(name, slot, parked, moved)

    def unpark_class_folder(self, removal: ClassRemoval) -> list[Path]:
        """Undo `park_class_folder`: the class is back at its key; returns its photos."""
        workspace = self._require_workspace()
        if removal.parked is None:
            add_class(workspace, removal.name)
        else:
            unpark_class(workspace, removal.name, removal.parked)
        self.tray.remove_photos(removal.photos)
        model = PhotoListModel(removal.name, self.thumbnails, self)
        model.set_photos(list_photos(workspace / removal.name))
        self._place_class(removal.name, model, removal.slot)
        self.changed()
        return model.photos

    def _place_class(self, name: str, model: PhotoListModel, slot: int | None) -> None:
        """Give class `name` key `slot` + 1 (None: the next key)."""
        slots = self.slots
        if slot is None:
            slots.append(name)
        else:
            slots.extend([None] * (slot + 1 - len(slots)))
            if slots[slot] is None:
                slots[slot] = name
            else:
                slots.insert(slot, name)
        models = {**self.class_models, name: model}
        self.class_models = {n: models[n] for n in slots if n is not None}
        self._classes_changed()

    def _drop_class(self, name: str) -> int:
        """Forget class `name`; its key stays free. Returns the key's slot."""
        slot = self.slots.index(name)
        self.slots[slot] = None
        self.slots = trimmed(self.slots)
        self.class_models.pop(name).deleteLater()
        self._classes_changed()
        return slot

    def save_order(self) -> None:
        if self.workspace is None or self.proposed:
            return
        try:
            save_class_order(self.paths.class_order_file(self.workspace), self.slots)
        except OSError as error:
            self.problem.emit(QCoreApplication.translate(
                "SortBoard", "The order of the classes could not be saved: {reason}").format(
                reason=engine_text(str(error))))

    def run_class_change(self, change: Callable[[], object]) -> bool:
        """Run an undo or redo of a class change; a refusal is shown (False), never raised."""
        try:
            change()
        except CoreError as error:
            self.problem.emit(QCoreApplication.translate(
                "SortBoard", "{reason} Nothing was changed.").format(
                reason=plain_reason(engine_text(str(error)))))
            return False
        return True

    def _classes_changed(self) -> None:
        self.save_order()
        self.classes_changed.emit()
        self.photos_changed.emit()

    def show_restored(self, key: str | None, photos: list[Path]) -> None:
        """Tell the page what an undo or redo put back, to select it (for commands)."""
        self.restored.emit(key, photos)

    def _require_workspace(self) -> Path:
        if self.workspace is None:
            raise WorkspaceError(QCoreApplication.translate("SortBoard", "No workspace is open."))
        return self.workspace
