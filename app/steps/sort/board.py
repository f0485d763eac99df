"""The state behind the Sort page: the workspace, its class folders and the tray.

Every change goes on the window's one undo history (`app.history.History`).

No widgets here: the page shows this state and forwards what the person does.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication

from app.history import History
from app.photo_model import PhotoListModel
from app.settings import AppPaths
from app.steps.sort.commands import (
    AddClassCommand,
    AddToTrayCommand,
    RemoveFromTrayCommand,
    RenameClassCommand,
    SortPhotosCommand,
)
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

    def __init__(self, paths: AppPaths, thumbnails: ThumbnailCache, history: History,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.paths = paths
        self.thumbnails = thumbnails
        self.history = history
        self.undo_stack = history.stack
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
        sorted_set = set(already_sorted)
        new = [p for p in found if p not in sorted_set and p not in self.tray]
        if already_sorted:
            self.problem.emit(f"{len(already_sorted)} of the photos are already in a class "
                              "folder of this workspace and were left where they are.")
        if new:
            self.undo_stack.push(AddToTrayCommand(self, new))
        return len(new)

    def remove_from_tray(self, photos: list[Path]) -> None:
        """Take photos off the Unsorted list; no file is touched (undoable).

        A file inside the workspace (a copy waiting in Unsorted, a loose photo) would
        be found again when the workspace opens, so it stays listed, with the reason;
        the entry of such a file that no longer exists goes.
        """
        staying = [p for p in photos if self._inside_workspace(p) and p.exists()]
        going = [p for p in photos if p not in set(staying)]
        if staying:
            names = ", ".join(f"“{p.name}”" for p in staying[:5])
            more = f" and {len(staying) - 5} more" if len(staying) > 5 else ""
            one = len(staying) == 1
            self.problem.emit(
                f"{names}{more} {'is a file' if one else 'are files'} in the workspace "
                f"folder {self.workspace}, so {'it stays' if one else 'they stay'} in "
                f"Unsorted. Sort {'it' if one else 'them'} into a class, or move "
                f"{'it' if one else 'them'} out of the workspace with your file manager.")
        if going:
            self.undo_stack.push(RemoveFromTrayCommand(self, going))

    def add_and_sort(self, paths: Iterable[Path], target: str) -> None:
        """Files and folders dropped on a class: into the tray if new, then into `target`.

        Photos already waiting in the tray are sorted too; one undo step takes it all back.
        """
        if self.workspace is None:
            return
        found = collect_photo_files(paths)
        waiting = [p for p in found if self._class_of(p) is None]
        # One undo step, unless nothing can be sorted: then the photos only join the
        # tray (their own step) and the reasons are shown; an empty macro would be a
        # step that undoes nothing.
        together = any(self.thumbnails.check_now(p) is None for p in waiting)
        if together:
            self.undo_stack.beginMacro(f"add and sort photos into '{target}'")
        self.add_files(found)
        self.sort(waiting, None, target)
        if together:
            self.undo_stack.endMacro()

    def sort(self, photos: list[Path], source: str | None, target: str | None) -> list[Path]:
        """Copy or move `photos` from grid `source` to grid `target` (None: Unsorted).

        Returns the photos' new paths; photos that cannot be read stay where they are.
        """
        model = self.model(source)
        rows = [(p, model.row_of(p)) for p in photos if model.row_of(p) >= 0]
        if target is not None:
            reasons = {p: self.thumbnails.check_now(p) for p, _ in rows}
            unreadable = {p: reason for p, reason in reasons.items() if reason is not None}
            if unreadable:
                self._report_unreadable(unreadable, source)
                rows = [(p, row) for p, row in rows if p not in unreadable]
        if not rows or source == target:
            return []
        # Photos from outside the workspace are copied unless the person chose to move
        # them; `transfer` moves those already inside it (our own copies), one by one.
        copy = source is None and target is not None and not self.move_instead
        command = SortPhotosCommand(self, rows, source, target, copy)
        # Every copy is flushed to disk before it counts: thousands take seconds.
        busy = len(rows) > 100
        if busy:
            QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self.history.push(command)
        finally:
            if busy:
                QGuiApplication.restoreOverrideCursor()
        return command.sorted_photos

    def transfer(self, photos: list[Path], source: str | None, target: str | None,
                 copy: bool) -> tuple[list[tuple[Path, FileOperation]], list[PhotoFileError]]:
        """Photos from `source` to `target`, on disk and in the grids (for commands).

        Returns (each photo done with its operation, the failures). The grids change
        once for the whole batch: thousands of photos take seconds, not minutes.
        """
        folder = self.folder(target)
        try:
            if target is None:
                self._make_folder(folder)
        except PhotoFileError as error:
            return [], [PhotoFileError(photo, error.reason) for photo in photos]
        done, failures = [], []
        for photo in photos:
            own = copy and not self._inside_workspace(photo)
            try:
                operation = (copy_photo if own else move_photo)(photo, folder)
            except PhotoFileError as error:
                failures.append(error)
            else:
                done.append((photo, operation))
                self.thumbnails.forget(operation.destination)
        self.model(source).remove_photos([photo for photo, _ in done])
        self.model(target).insert_photos([operation.destination for _, operation in done])
        return done, failures

    def transfer_back(self, operations: list[tuple[FileOperation, int]], source: str | None,
                      target: str | None) -> tuple[list[Path | None], list[PhotoFileError]]:
        """Undo `transfer`s, each photo back at its row in `source`.

        Returns where each photo is now (a suffix if its name was taken; None where
        it could not be put back), and the failures.
        """
        restored: list[Path | None] = []
        failures, back_home, placed = [], [], []
        for operation, row in operations:
            try:
                back = undo_operation(operation)
            except PhotoFileError as error:
                failures.append(error)
                restored.append(None)
                continue
            path = back.destination if back else operation.source
            restored.append(path)
            back_home.append(operation.destination)
            placed.append((path, row))
        self.model(target).remove_photos(back_home)
        self.model(source).insert_at(placed)
        return restored, failures

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

    def run_class_change(self, change: Callable[[], object]) -> bool:
        """Run an undo or redo of a class change; a refusal is shown (False), never raised."""
        try:
            change()
        except CoreError as error:
            self.problem.emit(f"{error} Nothing was changed.")
            return False
        return True

    def _report_unreadable(self, reasons: dict[Path, str], source: str | None) -> None:
        where = "Unsorted" if source is None else f"“{source}”"
        photos = list(reasons)
        lines = [f"“{p.name}” cannot be read: {reasons[p]}." for p in photos[:8]]
        if len(photos) > 8:
            lines.append(f"… and {len(photos) - 8} more.")
        lines.append(f"{'It stays' if len(photos) == 1 else 'They stay'} in {where}.")
        self.problem.emit("\n".join(lines))

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
