"""The model helps sort: everything the Sort page shows of it, built and wired in one place.

- `FeatureStore`: the photos' features, computed in the background once the engine
  has loaded (`engine_ready`);
- `Suggestions`: the suggested class under each Unsorted photo; Enter accepts it,
  "Accept all sure ones" sorts the sure ones as one undoable step, and Unsorted can be
  ordered by how sure they are (`SuggestionBar`);
- `FolderDoubts`: the health panel's "Wrong folder" and "Near-copies" tabs; a photo
  listed there opens with the heatmap of the model the Test step answers with.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence

from app.settings import AppPaths
from app.steps.sort.board import SortBoard
from app.steps.sort.features import FeatureStore
from app.steps.sort.folder_doubts import FolderDoubts
from app.steps.sort.suggestions import Suggestions
from app.steps.sort.widgets.class_pane import ClassPane
from app.steps.sort.widgets.doubt_lists import NearCopyList, WrongFolderList
from app.steps.sort.widgets.health_panel import HealthPanel
from app.steps.sort.widgets.suggestion_bar import SuggestionBar
from app.steps.sort.widgets.tray_delegate import use_tray_delegate
from app.widgets.heatmap_window import HeatmapWindow
from app.widgets.message_bar import MessageBar

WRONG_FOLDER_TAB, NEAR_COPIES_TAB = 1, 2


class ModelHelp(QObject):
    """Builds the helpers and their widgets, puts them on the page and keeps them shown."""

    def __init__(self, board: SortBoard, paths: AppPaths, tray_pane: ClassPane,
                 panel: HealthPanel, messages: MessageBar, parent: QObject | None = None):
        super().__init__(parent)
        self.board, self.tray_pane, self.panel, self.messages = board, tray_pane, panel, messages
        self.features = FeatureStore(parent=self)
        self.suggestions = Suggestions(board, self.features, self)
        self.bar = SuggestionBar()
        self.doubts = FolderDoubts(board, self.features, paths, self)
        self.wrong_folder = WrongFolderList(board.thumbnails)
        self.near_copies = NearCopyList(board.thumbnails)
        use_tray_delegate(tray_pane.grid)
        # In the Unsorted header, where they take no height from the photos.
        tray_pane.add_header_widgets(self.bar.order, self.bar.accept_button)
        panel.tabs.addTab(self.wrong_folder, self.tr("Wrong folder"))
        #: glossary: 거의 같은 사진 = near-copies (the same photo resized, cropped…)
        panel.tabs.addTab(self.near_copies, self.tr("Near-copies"))
        self.run = None  # the model the Test step answers with: whose heatmaps the list opens
        self.heatmap_window: HeatmapWindow | None = None  # made when first asked
        self._connect()

    def _connect(self) -> None:
        suggestions, bar, doubts = self.suggestions, self.bar, self.doubts
        suggestions.changed.connect(lambda: bar.set_status(
            suggestions.status, suggestions.sure_count, suggestions.ready))
        bar.order_chosen.connect(self.board.tray.set_order)
        bar.accept_sure_requested.connect(self.accept_sure)
        grid = self.tray_pane.grid
        accept = QAction(self.tr("Put in the suggested class (Enter)"), grid)
        accept.setShortcuts([QKeySequence(Qt.Key.Key_Return), QKeySequence(Qt.Key.Key_Enter)])
        accept.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        accept.triggered.connect(self.accept_selected)
        grid.addAction(accept)
        doubts.changed.connect(self._show_doubts)
        doubts.problem.connect(lambda text: self.messages.show_message(text, "error"))
        self.wrong_folder.move_requested.connect(lambda photo, name: doubts.move([photo], name))
        self.wrong_folder.keep_requested.connect(doubts.keep)
        self.wrong_folder.look_requested.connect(self.show_heatmap)
        self.near_copies.move_requested.connect(
            lambda group, name: doubts.move(list(group.photos), name))
        self.near_copies.keep_requested.connect(doubts.keep_group)

    def set_run(self, run) -> None:
        """The trained model (a run folder or a loaded model) that shows what it looked at
        (None: no model yet)."""
        self.run = run
        if self.heatmap_window is not None:
            self.heatmap_window.view.set_model(run, self.board.class_names)
            self.heatmap_window.hide()

    def show_heatmap(self, photo: Path, suggested: str) -> None:
        """Open `photo` larger with what the answering model sees of `suggested` in it."""
        if self.heatmap_window is None:
            self.heatmap_window = HeatmapWindow(self.panel.window())
            self.heatmap_window.view.set_model(self.run, self.board.class_names)
        self.heatmap_window.show_photo(photo, suggested,
                                       title=self.tr("{photo}: may belong in '{name}'").format(
                                           photo=photo.name, name=suggested),
                                       heatmap=self.run is not None)

    def engine_ready(self) -> None:
        """The training engine has loaded: the photos' features can be computed now."""
        self.features.start()

    def accept_selected(self) -> None:
        """Enter: the selected Unsorted photos go to their suggested classes (undoable)."""
        grid = self.tray_pane.grid
        photos = grid.acted_on_photos()
        if not photos:
            return
        first_row = min(self.board.tray.row_of(p) for p in photos)
        if not self.suggestions.accept(photos):
            status = self.suggestions.status
            text = (self.tr("No suggestion for this photo yet. {status}").format(status=status)
                    if status else self.tr("No suggestion for this photo yet."))
            self.messages.show_message(text, "info")
            return
        grid.select_row(first_row)  # the next photo still waiting
        grid.setFocus()

    def accept_sure(self) -> None:
        """Every photo suggested at least `SURE` goes to its class, as one undoable step."""
        if self.suggestions.accept_sure():
            self.tray_pane.grid.select_row(0)

    def shutdown(self) -> None:
        if self.heatmap_window is not None:
            self.heatmap_window.view.shutdown()
        self.suggestions.shutdown()
        self.doubts.shutdown()
        self.features.shutdown()

    def _show_doubts(self) -> None:
        doubts, names = self.doubts, self.board.class_names
        self.wrong_folder.show_doubts(doubts.doubts, names, doubts.waiting)
        self.near_copies.show_groups(doubts.groups, names, doubts.waiting)
        loud = any(g.spans_classes for g in doubts.groups)
        tabs = self.panel.tabs
        tabs.setTabText(WRONG_FOLDER_TAB, self.tr("Wrong folder ({count})").format(
            count=len(doubts.doubts)) if doubts.doubts else self.tr("Wrong folder"))
        if not doubts.groups:
            copies = self.tr("Near-copies")
        elif loud:
            copies = self.tr("⚠ Near-copies ({count})").format(count=len(doubts.groups))
        else:
            copies = self.tr("Near-copies ({count})").format(count=len(doubts.groups))
        tabs.setTabText(NEAR_COPIES_TAB, copies)
