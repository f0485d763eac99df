"""The state behind the Sort page: the workspace, its class folders, the tray and undo.

No widgets here: the page shows this state and forwards what the person does.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QUndoStack

from app.pages.sort_commands import (
    AddClassCommand,
    AddToTrayCommand,
    RenameClassCommand,
    SortPhotosCommand,
)
from app.photo_model import PhotoListModel
from app.settings import AppPaths
from app.thumbnail_cache import ThumbnailCache
from core.errors import CoreError
from core.images import IMAGE_SUFFIXES, is_ignored_name
from core.photo_files import FileOperation, PhotoFileError, copy_photo, move_photo, undo_operation
from core.workspace import (
    UNSORTED_FOLDER,
    WorkspaceError,
    add_class,
    check_class_name,
    collect_photo_files,
    list_photos,
    load_tray,
    open_workspace,
    remove_empty_class,
    rename_class,
    save_tray,
)


class SortBoard(QObject):
    """Workspace, class models, tray model and the undo stack of every change."""

    classes_changed = Signal()
    photos_changed = Signal()
    problem = Signal(str)

    def __init__(self, paths: AppPaths, thumbnails: ThumbnailCache,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.paths = paths
        self.thumbnails = thumbnails
        self.undo_stack = QUndoStack(self)
        self.workspace: Path | None = None
        self.tray = PhotoListModel(None, thumbnails, self)
        self.class_models: dict[str, PhotoListModel] = {}
        self.move_instead = False
        self._save_timer = QTimer(self, singleShot=True, interval=300)
        self._save_timer.timeout.connect(self.save_tray)

    @property
    def class_names(self) -> list[str]:
        return list(self.class_models)

    @property
    def sorted_count(self) -> int:
        return sum(model.rowCount() for model in self.class_models.values())

    def model(self, key: str | None) -> PhotoListModel:
        return self.tray if key is None else self.class_models[key]

    def folder(self, key: str | None) -> Path:
        assert self.workspace is not None
        return self.workspace / (UNSORTED_FOLDER if key is None else key)

    def open(self, workspace: Path) -> None:
        """Open `workspace` (raising `WorkspaceError`); the tray it had comes back."""
        workspace = workspace.absolute()
        names = open_workspace(workspace)
        self.save_tray()
        self.workspace = workspace
        self.undo_stack.clear()
        for model in self.class_models.values():
            model.deleteLater()
        self.class_models = {name: PhotoListModel(name, self.thumbnails, self) for name in names}
        for name, model in self.class_models.items():
            model.set_photos(list_photos(workspace / name))
        tray = load_tray(self.paths.tray_file(workspace))
        tray += [p for p in self._loose_photos(workspace) if p not in tray]
        self.tray.set_photos(tray)
        self.thumbnails.prefetch(tray)
        self.classes_changed.emit()
        self.photos_changed.emit()

    def refresh_classes(self) -> None:
        """Show photos that arrived in the class folders from elsewhere (the Test page)."""
        if self.workspace is None:
            return
        for name, model in self.class_models.items():
            model.set_photos(list_photos(self.workspace / name))
        self.photos_changed.emit()

    def add_files(self, paths: Iterable[Path]) -> int:
        """Put dropped or chosen files and folders in the tray; return how many were new."""
        if self.workspace is None:
            return 0
        found = collect_photo_files(paths)
        already_sorted = [p for p in found if self._class_of(p) is not None]
        new = [p for p in found if p not in already_sorted and p not in self.tray]
        if already_sorted:
            self.problem.emit(f"{len(already_sorted)} of the photos are already in a class "
                              "folder of this workspace and were left where they are.")
        if new:
            self.undo_stack.push(AddToTrayCommand(self, new))
        return len(new)

    def sort(self, photos: list[Path], source: str | None, target: str | None) -> list[Path]:
        """Copy or move `photos` from grid `source` to grid `target` (None: Unsorted).

        Returns the photos' new paths; photos that cannot be read stay where they are.
        """
        model = self.model(source)
        rows = [(p, model.row_of(p)) for p in photos if model.row_of(p) >= 0]
        if target is not None:
            unreadable = [(p, r) for p, r in rows if self.thumbnails.check_now(p) is not None]
            if unreadable:
                names = ", ".join(p.name for p, _ in unreadable[:5])
                more = f" and {len(unreadable) - 5} more" if len(unreadable) > 5 else ""
                reason = self.thumbnails.reason(unreadable[0][0])
                self.problem.emit(f"{names}{more} cannot be read ({reason}) and stay"
                                  f"{'s' if len(unreadable) == 1 else ''} in "
                                  f"{'Unsorted' if source is None else source!r}.")
                rows = [item for item in rows if item not in unreadable]
        if not rows or source == target:
            return []
        copy = (source is None and target is not None and not self.move_instead
                and not self._inside_workspace(rows[0][0]))
        command = SortPhotosCommand(self, rows, source, target, copy)
        self.undo_stack.push(command)
        return command.sorted_photos

    def transfer(self, photo: Path, source: str | None, target: str | None,
                 copy: bool) -> FileOperation:
        """One photo from `source` to `target`, on disk and in the grids (for commands)."""
        folder = self.folder(target)
        if target is None:
            self._make_folder(folder)
        copy = copy and not self._inside_workspace(photo)
        operation = (copy_photo if copy else move_photo)(photo, folder)
        self.model(source).remove_photos([photo])
        self.thumbnails.forget(operation.destination)
        self.model(target).insert_photos([operation.destination])
        return operation

    def transfer_back(self, operation: FileOperation, source: str | None, target: str | None,
                      row: int) -> Path:
        """Undo one `transfer`; return where the photo is now (a suffix if its name was taken)."""
        back = undo_operation(operation)
        restored = back.destination if back else operation.source
        self.model(target).remove_photos([operation.destination])
        self.model(source).insert_photos([restored], row)
        return restored

    def add_class(self, name: str) -> str:
        """Create a class folder (raising `WorkspaceError` for a bad name); undoable."""
        cleaned = self.create_class_folder(name)
        self.undo_stack.push(AddClassCommand(self, cleaned))
        return cleaned

    def rename_class(self, old: str, new: str) -> str:
        """Rename a class folder (raising `WorkspaceError` for a bad name); undoable."""
        check_class_name(new, [n for n in self.class_names if n != old])
        cleaned = self.rename_class_folder(old, new)
        if cleaned != old:
            self.undo_stack.push(RenameClassCommand(self, old, cleaned))
        return cleaned

    def create_class_folder(self, name: str) -> str:
        cleaned = add_class(self._require_workspace(), name)
        self.class_models[cleaned] = PhotoListModel(cleaned, self.thumbnails, self)
        self._sort_classes()
        return cleaned

    def remove_class_folder(self, name: str) -> None:
        remove_empty_class(self._require_workspace(), name)
        self.class_models.pop(name).deleteLater()
        self._sort_classes()

    def rename_class_folder(self, old: str, new: str) -> str:
        workspace = self._require_workspace()
        cleaned = rename_class(workspace, old, new)
        model = self.class_models.pop(old)
        model.key = cleaned
        model.set_photos(list_photos(workspace / cleaned))
        self.class_models[cleaned] = model
        self._sort_classes()
        return cleaned

    def run_class_change(self, change: Callable[[], object]) -> None:
        """Run an undo or redo of a class change; a refusal is shown, never raised."""
        try:
            change()
        except CoreError as error:
            self.problem.emit(str(error))

    def report(self, failures: list[PhotoFileError], what: str) -> None:
        if not failures:
            return
        lines = [f"“{f.path.name}” {what}: {f.reason}." for f in failures[:8]]
        if len(failures) > 8:
            lines.append(f"… and {len(failures) - 8} more. Nothing else was changed.")
        else:
            lines.append("It is still where it was." if len(failures) == 1
                         else "They are still where they were.")
        self.problem.emit("\n".join(lines))

    def changed(self) -> None:
        self._save_timer.start()
        self.photos_changed.emit()

    def save_tray(self) -> None:
        self._save_timer.stop()
        if self.workspace is None:
            return
        try:
            save_tray(self.paths.tray_file(self.workspace), self.tray.photos)
        except OSError as error:
            self.problem.emit(f"The list of unsorted photos could not be saved: {error}")

    def _sort_classes(self) -> None:
        self.class_models = dict(sorted(self.class_models.items()))
        self.classes_changed.emit()
        self.photos_changed.emit()

    def _require_workspace(self) -> Path:
        if self.workspace is None:
            raise WorkspaceError("No workspace is open.")
        return self.workspace

    def _inside_workspace(self, photo: Path) -> bool:
        return self.workspace is not None and photo.is_relative_to(self.workspace)

    def _class_of(self, photo: Path) -> str | None:
        if self.workspace is None or not photo.is_relative_to(self.workspace):
            return None
        first = photo.relative_to(self.workspace).parts[0]
        return first if first in self.class_models else None

    def _make_folder(self, folder: Path) -> None:
        try:
            folder.mkdir(exist_ok=True)
        except OSError as error:
            raise PhotoFileError(folder, f"the folder cannot be created "
                                 f"({error.strerror or error})") from error

    @staticmethod
    def _loose_photos(workspace: Path) -> list[Path]:
        found = [p for p in sorted(workspace.iterdir())
                 if p.is_file() and not is_ignored_name(p.name)
                 and p.suffix.lower() in IMAGE_SUFFIXES]
        unsorted = workspace / UNSORTED_FOLDER
        if unsorted.is_dir():
            found += list_photos(unsorted)
        return found
