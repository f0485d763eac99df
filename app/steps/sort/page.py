"""Step 1, Sort: photos go from the Unsorted tray into class folders, safely and quickly."""

from __future__ import annotations

import gc
from pathlib import Path

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QEvent,
    QSettings,
    Qt,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.history import History
from app.i18n import engine_text
from app.settings import AppPaths
from app.step_page import StepPage
from app.steps.sort.board import SortBoard
from app.steps.sort.class_keys import class_keys
from app.steps.sort.class_questions import ClassQuestions
from app.steps.sort.health_check import HealthCheck
from app.steps.sort.model_help import ModelHelp
from app.steps.sort.widgets.class_buttons import ClassButtons
from app.steps.sort.widgets.class_name_dialog import ClassNameDialog
from app.steps.sort.widgets.class_pane import ClassPane
from app.steps.sort.widgets.layout_parts import column, splitter
from app.steps.sort.widgets.workspace_bar import WorkspaceBar
from app.steps.sort.wording import unsorted_name
from app.thumbnail_cache import THUMBNAIL_SIZE, ThumbnailCache
from app.widgets.message_bar import MessageBar
from app.widgets.photo_grid import PhotoGrid
from app.widgets.preview import PhotoPreview
from core.errors import CoreError
from core.workspace import propose_workspace_path

UNSORTED_KEY = "0"
CLASS_PANE_WIDTH = 228
TRAY_EMPTY_TEXT = QT_TRANSLATE_NOOP("SortPage",
                                    "Drop photos or folders here\n\n(or File → Add photos…)")


class SortPage(StepPage):
    """The tray, a big preview, a pane per class and the health of the photos."""

    workspace_changed = Signal(object)
    """Another workspace is open, or the proposed one was just created (its path)."""

    def __init__(self, paths: AppPaths, settings: QSettings, history: History | None = None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self._settings = settings
        self.thumbnails = ThumbnailCache(paths.thumbnail_dir, self)
        self.board = SortBoard(paths, self.thumbnails, history or History(self), self)
        self._paths = paths
        self.messages = MessageBar()
        self.workspace_bar = WorkspaceBar()
        self.tray_pane = ClassPane(self.board.tray, unsorted_name(), UNSORTED_KEY,
                                   icon_size=THUMBNAIL_SIZE, renamable=False,
                                   empty_text=QCoreApplication.translate("SortPage",
                                                                         TRAY_EMPTY_TEXT))
        self.preview = PhotoPreview()
        self.class_buttons = ClassButtons()
        self.health = HealthCheck(self.board, self)
        self.help = ModelHelp(self.board, paths, self.tray_pane, self.health.panel,
                              self.messages, self)
        # The parts tests and the window reach: suggestions, features, the health tabs.
        self.features, self.suggestions = self.help.features, self.help.suggestions
        self.suggestion_bar, self.doubts = self.help.bar, self.help.doubts
        self.wrong_folder, self.near_copies = self.help.wrong_folder, self.help.near_copies
        self.class_panes: dict[str, ClassPane] = {}
        self._panes_row = QHBoxLayout()
        self._panes_row.setContentsMargins(0, 0, 0, 0)
        self._shortcuts: list[QShortcut] = []
        self.active_grid: PhotoGrid = self.tray_pane.grid
        self.questions = ClassQuestions(self.board, self.messages, self)
        self._build_layout()
        self._connect()
        self.workspace_bar.move_check.setChecked(
            settings.value("sort/move_instead", False, type=bool))

    def _build_layout(self) -> None:
        hint = QLabel(self.tr("Select photos, then press a class key, click a class button, or "
                              "drag them onto a class. Delete takes a photo off Unsorted, or out "
                              "of a class back to Unsorted; no file is deleted. Ctrl+Z undoes."))
        hint.setWordWrap(True)
        hint.setEnabled(False)
        right = column([(self.preview, 1), (self.class_buttons, 0), (hint, 0)], (6, 0, 0, 0))
        left = column([(self.tray_pane, 1), (self.suggestion_bar, 0)], spacing=2)
        horizontal, vertical = Qt.Orientation.Horizontal, Qt.Orientation.Vertical
        top = splitter(horizontal, [left, right], [1, 1], [540, 500])
        panes = QWidget()
        panes.setLayout(self._panes_row)
        # Many classes scroll sideways instead of widening the window.
        panes_area = self._panes_area = QScrollArea()
        panes_area.setWidget(panes)
        panes_area.setWidgetResizable(True)
        panes_area.setFrameShape(QScrollArea.Shape.NoFrame)
        panes_area.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        panes_area.setMinimumWidth(260)
        # Room for the health panel's three tabs (Check, Wrong folder, Near-copies).
        self.health.panel.setMinimumWidth(330)
        bottom = splitter(horizontal, [panes_area, self.health.panel], [3, 1], [800, 300])
        split = splitter(vertical, [top, bottom], [3, 2], [470, 250])
        layout = QVBoxLayout(self)
        layout.addWidget(self.messages)
        layout.addWidget(self.workspace_bar)
        layout.addWidget(split, 1)
        self._splitters = (top, bottom, split)

    def _connect(self) -> None:
        board = self.board
        board.classes_changed.connect(self._rebuild_classes)
        board.photos_changed.connect(self._update_counts)
        board.problem.connect(lambda text: self.messages.show_message(text, "error"))
        board.notice.connect(lambda text: self.messages.show_message(text, "info"))
        board.restored.connect(self.select_photos)
        board.created.connect(self._on_created)
        board.fill.listed.connect(self._on_listed)
        # The saved tray arrives from the listing: its first photo is selected, shown.
        board.tray.modelReset.connect(self._select_first_waiting)
        self.health.panel.show_requested.connect(self.show_in_sort)
        self.health.panel.remove_requested.connect(self.take_back_to_unsorted)
        self.workspace_bar.open_requested.connect(self.choose_workspace)
        self.workspace_bar.add_requested.connect(self.choose_photos)
        self.workspace_bar.move_instead_toggled.connect(self._set_move_instead)
        self.class_buttons.chosen.connect(self.sort_selection)
        self.class_buttons.add_requested.connect(self.ask_new_class)
        self._connect_grid(self.tray_pane.grid)
        self._add_shortcut(UNSORTED_KEY, lambda: self.sort_selection(None))
        # Off the list, never off the disk: for photos dropped by mistake or gone missing.
        self.remove_action = _delete_action(
            self.tray_pane.grid, self.tr("Remove from Unsorted (the file stays where it is)"),
            self.remove_selected_from_tray)

    def engine_ready(self) -> None:
        """The training engine has loaded: the model's help can start (`ModelHelp`)."""
        self.help.engine_ready()

    def set_answering_model(self, loaded) -> None:
        """The trained model the Test step answers with (None: none): the wrong-folder list
        opens its photos with what that model looked at."""
        self.help.set_run(loaded)

    def _connect_class_grid(self, grid: PhotoGrid) -> None:
        self._connect_grid(grid)
        # In a class, Delete takes the photo out of it: back to Unsorted, never off the disk.
        _delete_action(grid, self.tr("Back to Unsorted (0)"),
                       lambda _checked=False, g=grid: self._back_to_unsorted(g))

    def _connect_grid(self, grid: PhotoGrid) -> None:
        grid.focused.connect(lambda g=grid: self._activate(g))
        grid.selectionModel().currentChanged.connect(
            lambda *_, g=grid: self._on_current_changed(g))
        grid.photos_dropped.connect(
            lambda source, photos, g=grid: self._on_photos_dropped(g, source, photos))
        grid.files_dropped.connect(lambda files, g=grid: self._on_files_dropped(g, files))

    # --- workspace -------------------------------------------------------------------------

    def start(self) -> None:
        """Open the remembered workspace, or propose one on a first run (never a dialog).

        A proposal creates nothing: its folders are made when the first photo is sorted.
        """
        remembered = self._settings.value("workspace", "", type=str)
        waiting = self._settings.value("workspace_proposed", False, type=bool)
        if remembered and (Path(remembered).is_dir() or waiting):
            self._open(Path(remembered))
            return
        proposal = propose_workspace_path(self._paths.pictures_dir, self._paths.documents_dir,
                                          self._paths.home_dir)
        if self._open(proposal, remember=False) and self.board.proposed:
            #: glossary: 작업 폴더 = workspace (the folder holding one folder per class)
            if remembered:
                welcome = self.tr(
                    "The workspace {lost} was not found. Welcome! Your photos will be sorted "
                    "into {folder}, in the classes shown below. Nothing is created until you "
                    "sort your first photo.")
            else:
                welcome = self.tr(
                    "Welcome! Your photos will be sorted into {folder}, in the classes shown "
                    "below. Nothing is created until you sort your first photo.")
            self.messages.show_message(welcome.format(lost=remembered, folder=proposal),
                                       "info", self.tr("Use another folder…"),
                                       self.choose_workspace)

    def open_workspace(self, path: Path) -> bool:
        """Open `path` as the workspace; everything on the page shows it at once."""
        if not self._open(path):
            return False
        if self.board.proposed:
            self.messages.show_message(
                self.tr("{folder} has no class folders yet: the classes below are proposed. "
                        "Their folders are made when you sort your first photo or add a "
                        "class.").format(folder=self.board.workspace),
                "info", self.tr("Make them now"), self.board.ensure_created)
        return True

    def _open(self, path: Path, remember: bool = True) -> bool:
        # What the last workspace's listing froze may be garbage now (`_on_listed`); the
        # same workspace opened again keeps it (its panes stay), and a full collection
        # of all it holds would be a pause of tens of milliseconds.
        if path.absolute() != self.board.workspace:
            gc.unfreeze()
        try:
            self.board.open(path)
        except CoreError as error:
            self.messages.show_message(engine_text(str(error)), "error")
            return False
        workspace = self.board.workspace
        if remember:
            self._settings.setValue("workspace", str(workspace))
            self._settings.setValue("workspace_proposed", self.board.proposed)
        self.workspace_bar.set_workspace(workspace, self.board.proposed)
        self.messages.hide()
        self.active_grid = self.tray_pane.grid
        self.tray_pane.grid.select_row(0)
        self.preview.show_photo(None)  # at once: the old workspace's photo must not linger
        self.preview.show_photo(self.tray_pane.grid.current_photo())
        self.workspace_changed.emit(workspace)
        return True

    def _on_listed(self) -> None:
        # Thousands of paths, rows and cells stay as long as the workspace is open; out
        # of the garbage collector's sight, its full passes (tens of ms with thousands
        # of photos) no longer stop the window's thread at a random moment (a scroll).
        gc.freeze()
        # Photos lying loose in the workspace joined Unsorted: the first is selected.
        self._select_first_waiting()

    def _select_first_waiting(self) -> None:
        grid = self.tray_pane.grid
        if self.active_grid is grid and not grid.currentIndex().isValid() and \
                self.board.tray.rowCount():
            grid.select_row(0)
            self.preview.show_photo(grid.current_photo())

    def _on_created(self, workspace: Path) -> None:
        self._settings.setValue("workspace", str(workspace))
        self._settings.setValue("workspace_proposed", False)
        self.workspace_bar.set_workspace(workspace, False)
        if self.messages.kind == "info":
            self.messages.hide()
        self.workspace_changed.emit(workspace)

    def choose_workspace(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Open a workspace: a folder with one folder per class"),
            str(self.board.workspace or self._paths.home_dir))
        if folder:
            self.open_workspace(Path(folder))

    def choose_photos(self) -> None:
        files, _ = QFileDialog.getOpenFileNames(
            self, self.tr("Add photos to sort"),
            str(self._paths.pictures_dir or self._paths.home_dir),
            self.tr("Photos (*.jpg *.jpeg *.png *.bmp *.gif *.webp *.tif *.tiff);;"
                    "All files (*)"))
        if files:
            self.add_files([Path(f) for f in files])

    def add_files(self, paths: list[Path]) -> int:
        """Files and folders into the Unsorted tray (what a drop onto the window does)."""
        added = self.board.add_files(paths)
        if added and self.active_grid is self.tray_pane.grid and \
                not self.tray_pane.grid.currentIndex().isValid():
            self.tray_pane.grid.select_row(0)
        return added

    # --- sorting ---------------------------------------------------------------------------

    @Slot(str)
    def sort_selection(self, target: str | None) -> None:
        """Sort the selected photos of the active grid into `target` (None: Unsorted)."""
        grid = self.active_grid
        photos = grid.acted_on_photos()
        source = grid.photo_model().key
        if not photos or source == target:
            return
        first_row = min(grid.photo_model().row_of(p) for p in photos)
        moved = self.board.sort(photos, source, target)
        if moved:
            grid.select_row(first_row)  # the next photo still waiting
            grid.setFocus()

    def remove_selected_from_tray(self) -> None:
        grid = self.tray_pane.grid
        photos = grid.acted_on_photos()
        if not photos:
            return
        first_row = min(self.board.tray.row_of(p) for p in photos)
        self.board.remove_from_tray(photos)
        grid.select_row(first_row)  # the next photo (select_row keeps it in the grid)

    def _back_to_unsorted(self, grid: PhotoGrid) -> None:
        self._activate(grid)
        self.sort_selection(None)

    @Slot(object, object)
    def select_photos(self, key: str | None, photos: list[Path]) -> None:
        """Make `photos` the selection of their grid (what the next key sorts), and show it."""
        grid = self.tray_pane.grid if key is None else (
            self.class_panes[key].grid if key in self.class_panes else None)
        if grid is None:
            return
        model, selection = grid.photo_model(), grid.selectionModel()
        rows = sorted(r for r in (model.row_of(p) for p in photos) if r >= 0)
        if not rows:
            return
        flags = selection.SelectionFlag
        selection.setCurrentIndex(model.index(rows[0]), flags.ClearAndSelect)
        for row in rows[1:]:
            selection.select(model.index(row), flags.Select)
        grid.scrollTo(model.index(rows[0]))
        if key is not None:
            self._panes_area.ensureWidgetVisible(self.class_panes[key])
        self.active_grid = grid
        self.preview.show_photo(grid.current_photo())
        if self.isVisible():
            grid.setFocus()

    @Slot(object)
    def show_in_sort(self, photo: Path) -> None:
        """Select `photo` in its class pane (a photo listed by the health panel)."""
        key = self._class_holding(photo)
        if key is not None:
            self.select_photos(key, [photo])

    @Slot(object)
    def take_back_to_unsorted(self, photo: Path) -> None:
        """Take `photo` out of its class, back to Unsorted (undoable)."""
        key = self._class_holding(photo)
        if key is not None:
            self.board.sort([photo], key, None)

    def _class_holding(self, photo: Path) -> str | None:
        key = self.board.class_of(photo)
        if key is None or photo not in self.board.class_models[key]:
            self.messages.show_message(
                self.tr("{photo} is not in a class any more.").format(photo=photo.name), "info")
            return None
        return key

    def _on_photos_dropped(self, grid: PhotoGrid, source: str | None, photos: list[Path]):
        self.board.sort(photos, source, grid.photo_model().key)

    def _on_files_dropped(self, grid: PhotoGrid, files: list[Path]) -> None:
        target = grid.photo_model().key
        if target is None:
            self.add_files(files)
        else:
            self.board.add_and_sort(files, target)

    def _activate(self, grid: PhotoGrid) -> None:
        self.active_grid = grid
        self._on_current_changed(grid)

    def _on_current_changed(self, grid: PhotoGrid) -> None:
        if grid is self.active_grid:
            self.preview.show_photo(grid.current_photo())

    def _set_move_instead(self, on: bool) -> None:
        self.board.move_instead = on
        self._settings.setValue("sort/move_instead", on)

    # --- classes ---------------------------------------------------------------------------

    def ask_new_class(self) -> None:
        """Ask for a name; the class takes the next key. A refused name keeps the dialog."""
        self.questions.ask_new_class()

    def ask_rename(self, old: str) -> None:
        self.questions.ask_rename(old)

    def ask_remove(self, name: str) -> None:
        """Ask first; then the class goes and its photos go back to Unsorted (undoable)."""
        self.questions.ask_remove(name)

    @property
    def class_dialog(self) -> ClassNameDialog | None:
        """The class name dialog that is open, if any."""
        return self.questions.dialog

    def _rebuild_classes(self) -> None:
        keys = class_keys(self.board.slots)
        shown_before = set(self.class_panes)
        for pane in self.class_panes.values():
            self._panes_row.removeWidget(pane)
            pane.hide()  # now: deleteLater waits for the event loop
            pane.deleteLater()
        self.class_panes = {}
        if self.active_grid is not self.tray_pane.grid:
            self.active_grid = self.tray_pane.grid
            self.preview.show_photo(self.tray_pane.grid.current_photo())
        for name, model in self.board.class_models.items():
            first_key = keys[name][0] if keys[name] else ""
            hint = (self.tr("Drag photos here or press {key}").format(key=first_key)
                    if first_key else self.tr("Drag photos here"))
            pane = ClassPane(model, name, " · ".join(keys[name]), empty_text=hint)
            pane.setMinimumWidth(CLASS_PANE_WIDTH)
            pane.rename_requested.connect(self.ask_rename)
            pane.remove_requested.connect(self.ask_remove)
            self._connect_class_grid(pane.grid)
            self._panes_row.addWidget(pane)
            self.class_panes[name] = pane
        for shortcut in self._shortcuts[1:]:
            shortcut.setEnabled(False)  # at once: two live shortcuts for one key fire neither
            shortcut.deleteLater()
        del self._shortcuts[1:]
        for name, name_keys in keys.items():
            for key in name_keys:
                self._add_shortcut(key, lambda n=name: self.sort_selection(n))
        self.class_buttons.set_classes(
            [(n, " · ".join(keys[n]), m.rowCount()) for n, m in self.board.class_models.items()])
        added = [pane for name, pane in self.class_panes.items() if name not in shown_before]
        if shown_before and len(added) == 1:  # a class just added: scrolled into view, once
            QTimer.singleShot(0, lambda pane=added[0]: self._show_pane(pane))

    def _show_pane(self, pane: ClassPane) -> None:
        if pane in self.class_panes.values():  # not rebuilt again meanwhile
            # The row must have its new width first, or the scroll stops short of the pane.
            QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
            self._panes_area.ensureWidgetVisible(pane)

    def _add_shortcut(self, key: str, action) -> None:
        shortcut = QShortcut(QKeySequence(key), self)
        shortcut.setContext(Qt.ShortcutContext.WindowShortcut)  # only while this page shows
        shortcut.activated.connect(action)
        self._shortcuts.append(shortcut)

    def _update_counts(self) -> None:
        keys = class_keys(self.board.slots)
        for name, model in self.board.class_models.items():
            if name in self.class_buttons.buttons:
                self.class_buttons.set_count(name, " · ".join(keys[name]), model.rowCount())
        self.readiness_changed.emit(self.readiness())

    def readiness(self) -> str:
        if self.board.workspace is None:
            return self.tr("No workspace open")
        done, waiting = self.board.sorted_count, self.board.tray.rowCount()
        text = self.tr("%n photos sorted", "", done)
        if waiting:
            text = self.tr("{sorted} · %n unsorted", "", waiting).format(sorted=text)
        return text

    def shutdown(self) -> None:
        """Save the tray and stop every background job (the window is closing)."""
        self.board.save_tray()
        self.board.fill.shutdown()
        self.help.shutdown()
        self.health.shutdown()
        self.preview.shutdown()
        self.thumbnails.shutdown()


def _delete_action(grid: PhotoGrid, text: str, slot) -> QAction:
    """What Delete (or Backspace) does in `grid`, also in its context menu."""
    action = QAction(text, grid)
    action.setShortcuts([QKeySequence(QKeySequence.StandardKey.Delete),
                         QKeySequence(Qt.Key.Key_Backspace)])
    action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
    action.triggered.connect(slot)
    grid.addAction(action)
    grid.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
    return action
