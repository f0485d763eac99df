"""The Alpaca Studio window: the step bar on the left, the current step's page beside it.

Each step is a package of its own (`app.steps.sort`, `.augment`, `.train`, `.predict`)
whose page keeps the contract of `app.step_page.StepPage`. Steps never import each
other: what one tells another is connected here, and only here —

- Sort's ``workspace_changed(path)`` reaches every other page's ``set_workspace``;
- Augment's ``config_changed(AugmentConfig)`` reaches Train's ``set_augment_config``,
  and Train's ``image_size_changed(int)`` reaches Augment's ``set_image_size``;
- Train's ``run_chosen(path)`` (a run saved or picked) and ``run_deleted(path)`` reach
  the Test page (`PredictPage`), and ``test_requested`` shows the Test step;
- photos the Test page copies into class folders (``workspace_photos_added``) appear
  on the Sort page, and leave it when that is undone (``workspace_photos_removed``);
  so do photos moved from a confusion-matrix square on the Train page (``photos_moved``);
- the Sort page's photo check (``health.checked``) is the one the Train page shows.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QByteArray,
    QCoreApplication,
    QLocale,
    QSettings,
    QTranslator,
    Slot,
)
from PySide6.QtGui import (
    QAction,
    QActionGroup,
    QCloseEvent,
    QDragEnterEvent,
    QDropEvent,
    QKeySequence,
)
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QWidget,
)

from app.engine import engine_loaded, freeze_if_engine_loaded
from app.guide import show_about, show_how_it_works
from app.history import History
from app.i18n import (
    CATALOGUE,
    ENVIRONMENT,
    LANGUAGES,
    SETTING,
    SOURCE_LANGUAGE,
    catalogue_dir,
    chosen_language,
    remember_language,
)
from app.settings import AppPaths, app_settings
from app.step_bar import STEPS, StepBar, step_title
from app.step_page import StepPage
from app.steps.augment.page import AugmentPage
from app.steps.predict.page import PredictPage
from app.steps.sort.page import SortPage
from app.steps.train.page import TrainPage
from app.widgets.photo_grid import local_files
from app.worker import NewestWins, Worker, plain_reason, run_in_background, stop_all_workers
from core.photo_cache import cache_size, clear_cache
from resources import app_icon

DEFAULT_SIZE = (1280, 820)
# Said in the language just chosen (see `said_in`), not in the window's.
LANGUAGE_NOTE = QT_TRANSLATE_NOOP(
    "MainWindow", "Alpaca Studio will speak {language} the next time it starts.")
LANGUAGE_FORCED_NOTE = QT_TRANSLATE_NOOP(
    "MainWindow", "But {variable}={language} is set on this computer: as long as it is, it "
    "decides the language.")


def _megabytes(size: int) -> str:
    # MB and kB read the same in every language; the number follows the window's locale.
    if size >= 1_000_000:
        return f"{QLocale().toString(round(size / 1_000_000))} MB"
    return f"{QLocale().toString(round(size / 1000))} kB"


def said_in(language: str, context: str, text: str) -> str:
    """`text` in `language`, whichever language the window runs in (its catalogue read aside).

    The note that a new language applies at the next start is written in the language just
    chosen: the person who picked it reads that one. English is the source: the text itself.
    """
    translator = QTranslator()
    if language != SOURCE_LANGUAGE and translator.load(f"{CATALOGUE}_{language}",
                                                       str(catalogue_dir())):
        said = translator.translate(context, text)
        if said:
            return said
    return text


class _HistoryAction(QAction):
    """Undo or Redo, named after the change it would take back or make again."""

    def __init__(self, prefix: str, named: str, slot, possible: bool, change: str,
                 parent) -> None:
        super().__init__(prefix, parent)
        # `named` is the whole translated sentence with a {change} field ("&Undo {change}"):
        # a language may put the change first.
        self._prefix, self._named = prefix, named
        self._possible, self._change = possible, change
        self.triggered.connect(lambda _checked=False: slot())
        self._show()

    @Slot(bool)
    def set_possible(self, possible: bool) -> None:
        self._possible = possible
        self._show()

    @Slot(str)
    def set_change(self, change: str) -> None:
        self._change = change
        self._show()

    def _show(self) -> None:
        self.setEnabled(self._possible)
        self.setText(self._named.format(change=self._change)
                     if self._possible and self._change else self._prefix)


# How often a thread running Python hands the interpreter over (seconds; Python's own
# default is 5 ms). Our background threads (the folder listing, thumbnails, the photo
# check) run Python too, and each call Qt makes into our code on the window's thread (a
# photo cell painted, a row counted, a timer) waits for that hand-over: one screenful of
# a grid took 130-200 ms while a check ran, 10-25 ms at 0.5 ms.
GUI_SWITCH_INTERVAL = 0.0005


class MainWindow(QMainWindow):
    def __init__(self, paths: AppPaths | None = None, settings: QSettings | None = None):
        super().__init__()
        sys.setswitchinterval(min(sys.getswitchinterval(), GUI_SWITCH_INTERVAL))
        self.setWindowTitle("Alpaca Studio")
        self.setWindowIcon(app_icon())
        self.setAcceptDrops(True)
        self.settings = settings or app_settings()
        self.paths = paths or AppPaths.for_user()
        self.history = History(self)  # every file change of every step, for Ctrl+Z
        self.sort_page = SortPage(self.paths, self.settings, self.history)
        self.augment_page = AugmentPage(self.paths, self.settings)
        self.train_page = TrainPage(self.paths, self.settings, self.history)
        self.predict_page = PredictPage(self.paths, self.settings, self.history)
        self.pages: list[StepPage] = [self.sort_page, self.augment_page, self.train_page,
                                      self.predict_page]
        self.step_bar = StepBar()
        self.stack = QStackedWidget()
        for index, page in enumerate(self.pages):
            self.stack.addWidget(page)
            page.readiness_changed.connect(
                lambda text, i=index: self.step_bar.set_status(i, text))
            self.step_bar.set_status(index, page.readiness())
        self.step_bar.step_chosen.connect(self.go_to_step)
        self.step_bar.guide_requested.connect(lambda: show_how_it_works(self))
        self.step_bar.show_welcome(not self.settings.value("app/welcome_dismissed", False,
                                                           type=bool))
        self.step_bar.welcome_dismissed.connect(
            lambda: self.settings.setValue("app/welcome_dismissed", True))
        self._connect_steps()
        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.step_bar)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self._build_menus()
        self._engine_loader: Worker | None = None
        self._cache_jobs = NewestWins(self)
        self._cache_bytes = 0
        self._restore_geometry()
        freeze_if_engine_loaded()
        self.sort_page.start()

    def _connect_steps(self) -> None:
        sort, augment = self.sort_page, self.augment_page
        train, predict = self.train_page, self.predict_page
        sort.workspace_changed.connect(self._share_workspace)
        augment.config_changed.connect(train.set_augment_config)
        train.image_size_changed.connect(augment.set_image_size)
        augment.set_image_size(train.image_size())
        train.run_chosen.connect(predict.set_run)
        train.run_deleted.connect(predict.run_deleted)
        # The wrong-folder list shows what the model answering on the Test step looked at.
        predict.model_changed.connect(sort.set_answering_model)
        test_step = self.pages.index(predict)
        train.test_requested.connect(lambda _run: self.go_to_step(test_step))
        # Only the photos the Test step put in or took out: the panes show them at once.
        predict.workspace_photos_added.connect(sort.board.refresh_photos)
        predict.workspace_photos_removed.connect(sort.board.refresh_photos)
        train.photos_moved.connect(sort.board.refresh_classes)
        # The Train page shows the photo check the Sort page has just made, not its own.
        sort.health.checked.connect(train.set_dataset_report)

    @property
    def current_step(self) -> str:
        return STEPS[self.stack.currentIndex()]

    @Slot(int)
    def go_to_step(self, index: int) -> None:
        self.stack.setCurrentIndex(index)
        self.step_bar.set_current(index)

    def preload_engine(self) -> None:
        """Import the training engine (and TensorFlow) in the background; nothing waits."""
        def job(_on_progress, _should_stop):
            try:
                import core.training  # noqa: F401
            except ImportError as error:
                return self.tr("The training engine is not available ({error}).").format(
                    error=error)
            engine_loaded()
            return self.tr("The training engine is ready.")

        def loaded(text: str) -> None:
            self.statusBar().showMessage(text, 5000)
            self.sort_page.engine_ready()  # the Sort page's suggestions may start now

        self.statusBar().showMessage(self.tr("Loading the training engine in the background…"))
        self._engine_loader = run_in_background(
            self, job, loaded,
            failure=lambda error: self.statusBar().showMessage(
                self.tr("The training engine failed to load: {error}").format(
                    error=plain_reason(error))))

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        #: glossary: 작업 폴더 = workspace (the folder holding one folder per class)
        self._action(file_menu, self.tr("&Open workspace…"), QKeySequence.StandardKey.Open,
                     self.sort_page.choose_workspace)
        self._action(file_menu, self.tr("&Add photos…"), "Ctrl+I", self._add_photos)
        file_menu.addSeparator()
        #: glossary: 캐시 = cache
        self.free_cache_action = self._action(file_menu, self.tr("&Free the photo cache…"), None,
                                              self._free_cache)
        file_menu.aboutToShow.connect(self._measure_cache)
        file_menu.addSeparator()
        self._action(file_menu, self.tr("&Quit"), QKeySequence.StandardKey.Quit, self.close)
        edit_menu = self.menuBar().addMenu(self.tr("&Edit"))
        # One history for every step: Ctrl+Z works wherever the person is, and the status
        # bar names what it took back.
        history = self.history
        stack = history.stack
        #: {change} is what the undo takes back, e.g. "put IMG_0001.jpg in 'alpaca'"
        undo = _HistoryAction(self.tr("&Undo"), self.tr("&Undo {change}"), history.undo,
                              stack.canUndo(), stack.undoText(), self)
        stack.canUndoChanged.connect(undo.set_possible)
        stack.undoTextChanged.connect(undo.set_change)
        undo.setShortcuts([QKeySequence(QKeySequence.StandardKey.Undo)])
        redo = _HistoryAction(self.tr("&Redo"), self.tr("&Redo {change}"), history.redo,
                              stack.canRedo(), stack.redoText(), self)
        stack.canRedoChanged.connect(redo.set_possible)
        stack.redoTextChanged.connect(redo.set_change)
        redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        history.undone.connect(lambda text: self.statusBar().showMessage(text, 6000))
        history.redone.connect(lambda text: self.statusBar().showMessage(text, 6000))
        edit_menu.addAction(undo)
        edit_menu.addAction(redo)
        go_menu = self.menuBar().addMenu(self.tr("&Go"))
        for index in range(len(STEPS)):
            #: the Go menu: "&1 Sort" (the number is the mnemonic)
            self._action(go_menu, self.tr("&{number} {step}").format(
                number=index + 1, step=step_title(index)), f"Ctrl+{index + 1}",
                lambda _checked=False, i=index: self.go_to_step(i))
        self._build_settings_menu(self.menuBar().addMenu(self.tr("&Settings")))
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        self._action(help_menu, self.tr("&How it works"), QKeySequence.StandardKey.HelpContents,
                     lambda: show_how_it_works(self))
        self._action(help_menu, self.tr("&About Alpaca Studio"), None, lambda: show_about(self))

    # --- the language (chosen here, applied at the next start) ------------------------------
    def _build_settings_menu(self, menu) -> None:
        self.language_menu = menu.addMenu(self.tr("&Language"))
        self.language_actions: dict[str, QAction] = {}
        group = QActionGroup(self)
        group.setExclusive(True)
        saved = str(self.settings.value(SETTING, "") or "")
        current = saved if saved in LANGUAGES else chosen_language(self.settings)
        for code, name in LANGUAGES.items():
            # Each language is named in its own words: a person who reads only Korean
            # must find 한국어 in an English window.
            action = QAction(name, self)
            action.setCheckable(True)
            action.setChecked(code == current)
            action.setData(code)
            action.triggered.connect(lambda _checked=False, c=code: self.choose_language(c))
            group.addAction(action)
            self.language_menu.addAction(action)
            self.language_actions[code] = action
        self.language_menu.addSeparator()
        self.language_hint = self.language_menu.addAction(
            self.tr("A new language applies the next time Alpaca Studio starts."))
        self.language_hint.setEnabled(False)
        # ALPACA_STUDIO_LANG wins over the menu: said in the menu, greyed like the hint.
        self.language_forced: QAction | None = None
        forced = os.environ.get(ENVIRONMENT, "").strip().lower()
        if forced in LANGUAGES:
            self.language_forced = self.language_menu.addAction(
                self.tr("{variable}={language} is set: it decides the language, not this "
                        "menu.").format(variable=ENVIRONMENT, language=forced))
            self.language_forced.setEnabled(False)
        self.language_note: QMessageBox | None = None

    def choose_language(self, language: str) -> None:
        """Remember `language` for the next start and say so, in that language.

        And in the window's own language too, when it is another: whoever clicked, the one
        who reads only the language chosen or the one who clicked it by mistake, can read it.
        """
        remember_language(self.settings, language)
        self.settings.sync()
        self.language_actions[language].setChecked(True)
        forced = os.environ.get(ENVIRONMENT, "").strip().lower()
        forced = forced if forced in LANGUAGES and forced != language else ""

        def note(say) -> str:
            text = say(LANGUAGE_NOTE).format(language=LANGUAGES[language])
            if forced:
                text += " " + say(LANGUAGE_FORCED_NOTE).format(variable=ENVIRONMENT,
                                                               language=forced)
            return text

        chosen = note(lambda text: said_in(language, "MainWindow", text))
        here = note(lambda text: QCoreApplication.translate("MainWindow", text))
        box = QMessageBox(QMessageBox.Icon.Information, LANGUAGES[language],
                          chosen if here == chosen else f"{chosen}\n\n{here}",
                          QMessageBox.StandardButton.Ok, self)
        self.language_note = box
        box.open()  # not modal to the application: nothing waits on it

    # --- the photo cache (decoded photos and what the network made of them) -----------------
    def _measure_cache(self) -> None:
        self._cache_jobs.start(lambda _p, _s: cache_size(), self._show_cache_size,
                               failure=lambda _error: None)

    def _show_cache_size(self, size: int) -> None:
        self._cache_bytes = size
        self.free_cache_action.setText(
            self.tr("&Free {size} of photo cache…").format(size=_megabytes(size)) if size
            else self.tr("&Free the photo cache (empty)"))
        self.free_cache_action.setEnabled(size > 0)

    def _free_cache(self) -> None:
        answer = QMessageBox.question(
            self, self.tr("Free the photo cache?"),
            self.tr("The cache keeps your photos decoded and what the network made of them, so "
                    "the next training starts in seconds. Free {size}? Your photos and runs "
                    "are not touched; the next training rebuilds what it needs.").format(
                size=_megabytes(self._cache_bytes)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No)
        if answer != QMessageBox.StandardButton.Yes:
            return
        self._cache_jobs.start(lambda _p, _s: clear_cache(), lambda freed: (
            self.statusBar().showMessage(
                self.tr("Freed {size} of photo cache.").format(size=_megabytes(freed)), 6000),
            self._show_cache_size(0)))

    def _action(self, menu, text: str, shortcut, slot) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        menu.addAction(action)
        return action

    def _add_photos(self) -> None:
        self.go_to_step(0)
        self.sort_page.choose_photos()

    def _share_workspace(self, workspace: Path) -> None:
        for page in self.pages[1:]:
            page.set_workspace(workspace)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if local_files(event):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event) -> None:
        self.dragEnterEvent(event)

    def dropEvent(self, event: QDropEvent) -> None:
        files = local_files(event)
        if not files:
            event.ignore()
            return
        event.acceptProposedAction()
        page = self.stack.currentWidget()
        if page is not self.sort_page and page.handle_dropped_files(files):
            return
        self.go_to_step(0)
        self.sort_page.add_files(files)

    def _restore_geometry(self) -> None:
        saved = self.settings.value("window/geometry")
        if isinstance(saved, QByteArray) and self.restoreGeometry(saved):
            return
        screen = QApplication.primaryScreen()
        width, height = DEFAULT_SIZE
        if screen is not None:
            available = screen.availableGeometry()
            width = min(width, int(available.width() * 0.92))
            height = min(height, int(available.height() * 0.9))
            self.resize(width, height)
            self.move(available.center() - self.rect().center())
        else:
            self.resize(width, height)

    def closeEvent(self, event: QCloseEvent) -> None:
        for page in self.pages:
            if not page.confirm_close():
                event.ignore()
                return
        self.settings.setValue("window/geometry", self.saveGeometry())
        for page in self.pages:
            page.shutdown()
        if self._engine_loader is not None and self._engine_loader.is_running:
            self.statusBar().showMessage(self.tr("Closing…"))
        stop_all_workers()
        self.settings.sync()
        super().closeEvent(event)



