"""The state behind the Sort page: the workspace, its class folders and the tray.

Every change goes on the window's one undo history (`app.history.History`). The
classes keep the order the person made (it decides their keys), saved per workspace
with the app's settings. A workspace whose folders do not exist yet is only proposed
(`proposed`): its folders are made when the first photo is sorted or a class is added.

No widgets here: the page shows this state and forwards what the person does.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication

from app.history import History
from app.i18n import engine_text
from app.photo_model import PhotoListModel
from app.settings import AppPaths
from app.steps.sort.class_changes import ClassChanges
from app.steps.sort.class_folders import in_order, load_class_order
from app.steps.sort.commands import (
    AddToTrayCommand,
    RemoveFromTrayCommand,
    SortPhotosCommand,
    sort_text,
)
from app.steps.sort.duplicates import SortedCopies
from app.steps.sort.folder_fill import FolderFill, hashed
from app.steps.sort.tray_model import TrayModel
from app.steps.sort.wording import (
    already_sorted_text,
    failures_text,
    staying_text,
    unreadable_text,
)
from app.thumbnail_cache import ThumbnailCache
from core.images import IMAGE_SUFFIXES, is_ignored_name
from core.photo_files import FileOperation, PhotoFileError, copy_photo, move_photo, undo_operation
from core.workspace import (
    UNSORTED_FOLDER,
    WorkspaceError,
    collect_photo_files,
    create_workspace,
    list_photos,
    load_tray,
    read_workspace,
    save_tray,
)


class SortBoard(ClassChanges, QObject):
    """Workspace, class models, tray model and the undo stack of every change.

    The changes of the classes themselves (add, rename, remove, key order) are in
    `ClassChanges`.
    """

    classes_changed = Signal()
    photos_changed = Signal()
    problem = Signal(str)
    """Something could not be done, in words (shown as an error)."""
    notice = Signal(str)
    """Something the person should know now ("IMG_1.jpg is already in 'alpaca'")."""
    restored = Signal(object, object)
    """(grid key, photos): an undo or redo put these photos there; they become the selection."""
    created = Signal(object)
    """The proposed workspace's folders were made (path): it can be remembered now."""
    photos_moved = Signal(object)
    """[(old path, new path), …]: photos sorted, or put back by an undo (same content)."""

    def __init__(self, paths: AppPaths, thumbnails: ThumbnailCache, history: History,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.paths = paths
        self.thumbnails = thumbnails
        self.history = history
        self.undo_stack = history.stack
        self.workspace: Path | None = None
        self.proposed = False  # the folders of the workspace are not made yet
        # The classes in key order (key 1 first); None keeps a removed class's key free,
        # so that no key silently comes to mean another class.
        self.slots: list[str | None] = []
        self.tray = TrayModel(thumbnails, self)
        self.class_models: dict[str, PhotoListModel] = {}
        self.move_instead = False
        self._copies = SortedCopies()
        self._save_timer = QTimer(self, singleShot=True, interval=300)
        self._save_timer.timeout.connect(self.save_tray)
        self.fill = FolderFill(self)
        self.fill.filled.connect(self.photos_changed)

    @property
    def listing(self) -> bool:
        """The folders of the workspace just opened are still being listed."""
        return self.fill.busy

    def _add_loose(self, photos: list[Path]) -> None:
        arrived = [p for p in photos if p not in self.tray]
        if arrived:
            self.tray.insert_photos(arrived)
            self.thumbnails.prefetch(arrived)
            self.photos_changed.emit()

    @property
    def sorted_count(self) -> int:
        return sum(model.rowCount() for model in self.class_models.values())

    def model(self, key: str | None) -> PhotoListModel:
        return self.tray if key is None else self.class_models[key]

    def folder(self, key: str | None) -> Path:
        assert self.workspace is not None
        return self.workspace / (UNSORTED_FOLDER if key is None else key)

    def open(self, workspace: Path) -> None:
        """Open `workspace` (raising `WorkspaceError`); the tray it had comes back.

        Nothing is created: a folder that does not exist, or has no class folder yet,
        gets the default classes, proposed (`proposed`). The classes show at once; the
        saved tray and the folders' photos follow from a background listing, a pane per
        turn of the event loop (`listing`; `fill.listed` when all are in).

        With thousands of photos nothing here goes through them one by one: the panes
        of classes already shown (same names, same keys) are kept, and a pane whose
        folder lists as it shows is not filled again.
        """
        workspace = workspace.absolute()
        found, proposed = read_workspace(workspace)
        slots = in_order(found, load_class_order(self.paths.class_order_file(workspace)))
        again = workspace == self.workspace and proposed == self.proposed
        if not again or self._save_timer.isActive():
            self.save_tray()
        self.workspace, self.proposed = workspace, proposed
        self.undo_stack.clear()
        if slots == self.slots and self.class_models:
            # The same classes: their panes stay. Another workspace's photos go at once;
            # this one's stay until its listing says what changed.
            if not again:
                for model in self.class_models.values():
                    model.set_photos([])
        else:
            for model in self.class_models.values():
                model.deleteLater()
            self.slots = slots
            self.class_models = {name: PhotoListModel(name, self.thumbnails, self)
                                 for name in self.slots if name is not None}
            self.classes_changed.emit()
        tray_file = self.paths.tray_file(workspace)
        if not again:
            # The saved tray comes from the listing's worker, first: reading and making
            # a thousand paths is a pause of its own.
            self.tray.set_photos([])
        self.photos_changed.emit()
        folders = [] if proposed else [(workspace / name, model)
                                       for name, model in self.class_models.items()]
        self.fill.start(folders, lambda: self._loose_photos(workspace), self._add_loose,
                        tray=None if again else (lambda: hashed(load_tray(tray_file))),
                        on_tray=self._tray_loaded)

    def _tray_loaded(self, photos: list[Path]) -> None:
        # Photos added meanwhile stay, after the saved ones.
        if self.tray.rowCount():
            self.tray.insert_photos(photos, 0)
        else:
            self.tray.set_photos(photos)
        self.thumbnails.prefetch(photos)
        self.photos_changed.emit()

    def refresh_classes(self) -> None:
        """Show what another step changed in the class folders (Test, Train).

        Listed again in the background, as when the workspace opens: only the panes
        whose folders changed are filled again, a pane per turn (`listing`).
        """
        workspace = self.workspace
        if workspace is None:
            return
        if self.proposed and any((workspace / n).is_dir() for n in self.class_models):
            self.proposed = False  # made by another step
            self.created.emit(workspace)
        waiting = self.tray.photos

        def loose() -> tuple[list[Path], list[Path]]:
            # Photos another step took out of training (into the workspace's Unsorted
            # folder) join the tray; those it put back leave it.
            gone = [p for p in waiting if p.is_relative_to(workspace) and not p.exists()]
            return gone, self._loose_photos(workspace)

        def arrived(found: tuple[list[Path], list[Path]]) -> None:
            gone, photos = found
            if gone:
                self.tray.remove_photos(gone)
            self._add_loose(photos)
            if gone:
                self.photos_changed.emit()

        folders = [] if self.proposed else [(workspace / name, model)
                                            for name, model in self.class_models.items()]
        self.fill.start(folders, loose, arrived)

    def refresh_photos(self, photos: list[Path]) -> None:
        """Show at once that another step put `photos` in the workspace or took them out.

        Only these photos are looked at (a copy the Test step put in a class, and its
        undo); a photo in a folder that is not a class lists everything again.
        """
        workspace = self.workspace
        if workspace is None:
            return
        if self.proposed or any(self._home_of(p) is False for p in photos):
            self.refresh_classes()
            return
        for photo in photos:
            model = self.model(self._home_of(photo))  # type: ignore[arg-type]
            if photo.exists():
                model.insert_photos([photo])
                self.thumbnails.forget(photo)
            else:
                model.remove_photos([photo])
        self.photos_changed.emit()

    def _home_of(self, photo: Path) -> str | None | bool:
        # The class whose pane shows `photo`, None for Unsorted, False: none of them.
        key = self._class_of(photo)
        if key is not None:
            return key
        assert self.workspace is not None
        loose = photo.parent in (self.workspace, self.workspace / UNSORTED_FOLDER)
        return None if loose else False

    def ensure_created(self) -> bool:
        """Make the proposed workspace's folders (the person sorts or adds a class).

        False, with the reason shown, when they cannot be made.
        """
        try:
            self._create_proposed()
        except WorkspaceError as error:
            self.problem.emit(str(error))
            return False
        return True

    def _create_proposed(self) -> None:
        if not self.proposed or self.workspace is None:
            return
        create_workspace(self.workspace, self.class_names)
        self.proposed = False
        self.save_order()
        self.created.emit(self.workspace)

    def add_files(self, paths: Iterable[Path]) -> int:
        """Put dropped or chosen files and folders in the tray; return how many were new."""
        if self.workspace is None:
            return 0
        found = collect_photo_files(paths)
        inside = {p: p for p in found if self._class_of(p) is not None}
        waiting = [p for p in found if p not in inside and p not in self.tray]
        copies = self._copies.find(
            waiting, (p for model in self.class_models.values() for p in model.photos))
        new = [p for p in waiting if p not in copies]
        sorted_as = {**inside, **copies}
        if sorted_as:
            self.notice.emit(already_sorted_text(
                {photo: (there, self._class_of(there) or "") for photo, there in
                 sorted_as.items()}))
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
            self.problem.emit(staying_text(staying, self._require_workspace()))
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
        sortable = [p for p in waiting if self.thumbnails.check_now(p) is None]
        together = bool(sortable)
        if together:
            self.undo_stack.beginMacro(sort_text(sortable, target))
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
                self.problem.emit(unreadable_text(unreadable, source))
                rows = [(p, row) for p, row in rows if p not in unreadable]
        if not rows or source == target or not self.ensure_created():
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
        self.photos_moved.emit([(photo, operation.destination) for photo, operation in done])
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
        self.photos_moved.emit([(old, new) for old, (new, _) in zip(back_home, placed)])
        self.model(target).remove_photos(back_home)
        self.model(source).insert_at(placed)
        return restored, failures

    def report(self, failures: list[PhotoFileError], what: str) -> None:
        """Name each photo that `what` happened to, and why (`what`: a translated line
        with the fields {photo} and {reason}, as `commands.failed_to_sort()`)."""
        if failures:
            self.problem.emit(failures_text(failures, what))

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
            self.problem.emit(QCoreApplication.translate(
                "SortBoard", "The list of unsorted photos could not be saved: {reason}").format(
                reason=engine_text(str(error))))

    def _inside_workspace(self, photo: Path) -> bool:
        return self.workspace is not None and photo.is_relative_to(self.workspace)

    def class_of(self, photo: Path) -> str | None:
        """The class whose folder `photo` is in, or None."""
        return self._class_of(photo)

    def _class_of(self, photo: Path) -> str | None:
        if self.workspace is None or not photo.is_relative_to(self.workspace):
            return None
        first = photo.relative_to(self.workspace).parts[0]
        return first if first in self.class_models else None

    def _make_folder(self, folder: Path) -> None:
        try:
            folder.mkdir(exist_ok=True)
        except OSError as error:
            raise PhotoFileError(folder, QCoreApplication.translate(
                "SortBoard", "the folder cannot be created ({reason})").format(
                reason=engine_text(str(error.strerror or error)))) from error

    @staticmethod
    def _loose_photos(workspace: Path) -> list[Path]:
        if not workspace.is_dir():
            return []
        found = [p for p in sorted(workspace.iterdir())
                 if p.is_file() and not is_ignored_name(p.name)
                 and p.suffix.lower() in IMAGE_SUFFIXES]
        unsorted = workspace / UNSORTED_FOLDER
        if unsorted.is_dir():
            found += list_photos(unsorted)
        return hashed(found)
