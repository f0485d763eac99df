"""Step 4, Test: drop photos on the window and see what the model says, at once.

The model is loaded once, in a worker, and kept; every drop is predicted in a
worker too. Writing files lives in `app.steps.predict.outputs` (CSV, copies, model
export) and `app.steps.predict.corrections` ("This is wrong"); every file change is
one change on the window's history, so Ctrl+Z takes it back from any step. A card's
heatmap button (or a double click) opens it larger, with what the model looked at
(`app.widgets.heatmap_view`); that window follows the card selected.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QLocale,
    QSettings,
    Qt,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.heatmap_maker import warm_up_job
from app.history import History
from app.i18n import engine_text
from app.settings import AppPaths
from app.step_page import StepPage
from app.steps.predict.corrections import Corrections
from app.steps.predict.jobs import PredictedChunk, PredictionQueue, predict_job
from app.steps.predict.model_loader import ModelLoader
from app.steps.predict.model_picker import ModelPicker
from app.steps.predict.outputs import PredictOutputs
from app.steps.predict.results import PredictionResults, leaning
from app.steps.predict.widgets.prediction_card import PredictionCardView, not_sure_text
from app.steps.predict.widgets.prediction_table import PredictionTable
from app.steps.predict.widgets.threshold_slider import ThresholdSlider
from app.steps.predict.words import percent
from app.thumbnail_cache import ThumbnailCache
from app.widgets.heatmap_window import HeatmapWindow
from app.widgets.message_bar import MessageBar
from app.worker import NewestWins, OneAtATime, Worker

if TYPE_CHECKING:
    from core.model_files import LoadedModel

PHOTO_FILTER = QT_TRANSLATE_NOOP(
    "PredictPage", "Photos (*.jpg *.jpeg *.png *.bmp *.gif *.webp *.tif *.tiff);;All files (*)")
# A batch that takes longer than this shows its progress bar.
PROGRESS_DELAY_MS = 400


class PredictPage(StepPage):
    """Cards and a table of answers, the model chooser, the threshold and the outputs."""

    model_loaded = Signal(object)  # the LoadedModel now answering
    model_changed = Signal(object)  # the LoadedModel now answering, or None when none does
    answers_added = Signal(int)  # how many new answers just appeared
    # Copies made into the workspace's class folders ("This is wrong", "Copy into class
    # folders…"), and copies taken out of them again (undone, or the card clicked back).
    workspace_photos_added = Signal(object)
    workspace_photos_removed = Signal(object)

    def __init__(self, paths: AppPaths, settings: QSettings, history: History | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._paths = paths
        self.history = history or History(self)  # the window's undo history
        self._settings = settings
        self._predicting = OneAtATime(self)
        self._heatmap_warm_up = NewestWins(self)
        self._warmed: LoadedModel | None = None  # whose heatmaps are ready to be quick
        self.heatmap_window: HeatmapWindow | None = None  # made when first asked
        self.queue = PredictionQueue()
        self.thumbnails = ThumbnailCache(paths.thumbnail_dir, self)
        self.results = PredictionResults(self.thumbnails, self)
        self.messages = MessageBar()
        self.picker = ModelPicker()
        self.models = ModelLoader(self, paths, self.picker)
        self.threshold = ThresholdSlider()
        self.threshold.hide()
        self.cards = PredictionCardView()
        self.cards.setModel(self.results)
        self.table = PredictionTable()
        self.table.set_results(self.results)
        self.outputs = PredictOutputs(self, paths, self.results, lambda: self.loaded,
                                      lambda: self.workspace, self.history, settings)
        self.corrections = Corrections(self, self.results, lambda: self.loaded,
                                       lambda: self.workspace, self.history)
        self._build_layout()
        self._connect()
        self._update_status()
        self._update_counts()  # no answers yet: nothing to export, copy or clear

    def _build_layout(self) -> None:
        self.open_button = QPushButton(self.tr("Open photos…"))
        self.open_button.setToolTip(self.tr("Choose photos to test. You can also drop photos or "
                                            "folders on this window, or paste a picture "
                                            "(Ctrl+V)."))
        self.paste_button = QPushButton(self.tr("Paste"))
        self.paste_button.setToolTip(self.tr("Test the picture on the clipboard (Ctrl+V)"))
        self.csv_button = QPushButton(self.tr("Export CSV…"))
        #: glossary: 클래스 = class (a class folder of the workspace)
        self.copy_button = QPushButton(self.tr("Copy into class folders…"))
        self.copy_button.setToolTip(self.tr("Copy (never move) each photo into a folder named "
                                            "after its class: the one you chose with “This is "
                                            "wrong”, else the model's answer; photos it is not "
                                            "sure about are left out (Ctrl+Z takes the copies "
                                            "back)"))
        self.clear_button = QPushButton(self.tr("Clear"))
        actions = QHBoxLayout()
        actions.setContentsMargins(0, 0, 0, 0)
        for button in (self.open_button, self.paste_button):
            actions.addWidget(button)
        actions.addStretch(1)
        for button in (self.csv_button, self.copy_button, self.clear_button):
            actions.addWidget(button)
        self.progress = QProgressBar()
        self.progress_label = QLabel()
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.progress_row = QWidget()
        row = QHBoxLayout(self.progress_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.progress_label)
        row.addWidget(self.progress, 1)
        row.addWidget(self.cancel_button)
        self.progress_row.hide()
        self.tabs = QTabWidget()
        self.tabs.addTab(self.cards, self.tr("Cards"))
        self.tabs.addTab(self.table, self.tr("Table"))
        # Nothing above the cards may move when answers, news or a model arrive: the
        # threshold keeps its row while hidden (a model of more than two classes, or
        # none yet), and progress and messages come below the cards, where they only
        # shorten the view.
        policy = self.threshold.sizePolicy()
        policy.setRetainSizeWhenHidden(True)
        self.threshold.setSizePolicy(policy)
        layout = QVBoxLayout(self)
        layout.addWidget(self.picker)
        layout.addWidget(self.threshold)
        layout.addLayout(actions)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.progress_row)
        layout.addWidget(self.messages)

    def _connect(self) -> None:
        self.models.loaded_changed.connect(self._use_model)
        self.models.failed.connect(
            lambda text: self.messages.show_message(engine_text(text), "error"))
        self.models.status_changed.connect(self._update_status)
        self.picker.export_requested.connect(self.outputs.export_model)
        self.outputs.message.connect(self.messages.show_message)
        self.outputs.offer.connect(
            lambda text, action, callback: self.messages.show_message(text, "info", action,
                                                                      callback))
        self.outputs.photos_pasted.connect(self.add_photos)
        for source in (self.outputs, self.corrections):
            source.workspace_photos_added.connect(self.workspace_photos_added)
            source.workspace_photos_removed.connect(self.workspace_photos_removed)
        self.corrections.message.connect(self.messages.show_message)
        self.threshold.threshold_changed.connect(self.results.set_threshold)
        self.threshold.unsure_changed.connect(self.results.set_unsure)
        self.open_button.clicked.connect(self.open_photos)
        self.paste_button.clicked.connect(self.outputs.paste)
        self.csv_button.clicked.connect(lambda: self.outputs.export_csv())
        self.copy_button.clicked.connect(lambda: self.outputs.copy_into_class_folders())
        self.clear_button.clicked.connect(self.clear)
        self.cancel_button.clicked.connect(self.cancel_predicting)
        self.cards.delegate.button_clicked.connect(self.corrections.toggle)
        self.cards.delegate.heatmap_clicked.connect(
            lambda row: self.show_heatmap(row, heatmap=True))
        # A double click, or Enter (or a single click where the desktop opens items so).
        self.cards.activated.connect(lambda index: self.show_heatmap(index.row()))
        self.cards.selectionModel().currentChanged.connect(self._follow_card)
        self.threshold.threshold_changed.connect(lambda _value: self._follow_card())
        self.results.rowsInserted.connect(self._update_counts)
        self.results.modelReset.connect(self._update_counts)
        paste = QShortcut(QKeySequence(QKeySequence.StandardKey.Paste), self)
        paste.setContext(Qt.ShortcutContext.WindowShortcut)  # only while this page shows
        paste.activated.connect(self.outputs.paste)

    # --- the page hooks --------------------------------------------------------------------
    @property
    def workspace(self) -> Path | None:
        return self.models.workspace

    def set_workspace(self, path: Path) -> None:
        """Another workspace (or the one opened at launch): its latest run answers at once.

        The runs are listed and the latest loaded in the background straight away,
        not when the page is first shown, so the step bar and the Train step agree.
        """
        if self.models.workspace is not None and Path(path) != self.models.workspace:
            self.corrections.workspace_changed()
        self.models.set_workspace(path)
        self.models.refresh_runs()

    def set_run(self, path: Path) -> None:
        """A run was saved or picked on the Train page: answer with it from now on."""
        self.models.set_run(path)

    @Slot(object)
    def run_deleted(self, path: Path) -> None:
        """A saved run was deleted (on the Train page): never answer with it again.

        The runs are listed again; when it was the model in use, the latest
        remaining run takes over (or none), and the photos on the page are asked
        again as soon as a model has loaded.
        """
        path = Path(path)
        count = self.results.rowCount()
        if not self.models.forget_run(path):
            return
        text = self.tr("The run {name} was deleted, so its model no longer answers "
                       "here.").format(name=path.name)
        if count:
            text += " " + self.tr("Your %n photos will be asked again as soon as another "
                                  "model has loaded.", "", count)
        self.messages.show_message(text, "info")

    def handle_dropped_files(self, paths: list[Path]) -> bool:
        self.add_photos(paths)
        return True

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.models.runs_stale:
            self.models.refresh_runs()

    def readiness(self) -> str:
        if self.loaded is None:
            return self.tr("Loading the model…") if self.models.loading else self.tr("No model yet")
        count = self.results.rowCount()
        return self.tr("%n photos tested", "", count) if count else self.tr("Ready")

    def shutdown(self) -> None:
        self.queue.clear()
        self._predicting.shutdown()
        self._heatmap_warm_up.shutdown()
        if self.heatmap_window is not None:
            self.heatmap_window.view.shutdown()
        self.models.shutdown()
        self.outputs.shutdown()
        self.thumbnails.shutdown()

    # --- the model -----------------------------------------------------------------------
    @property
    def loaded(self) -> LoadedModel | None:
        return self.models.loaded

    def _use_model(self, loaded: LoadedModel | None) -> None:
        earlier = self.results.paths()
        # Photos dropped while the model loaded (or not yet answered by the last one) are
        # asked too: the page said they would be.
        waiting = self.queue.drain(set(earlier))
        self.cancel_predicting(quiet=True)
        names = loaded.class_names if loaded is not None else ()
        threshold = loaded.metadata.threshold if loaded is not None else 0.5
        self.results.set_model(names, threshold)
        if self.heatmap_window is not None:
            self.heatmap_window.view.set_model(loaded)
            self.heatmap_window.hide()  # its photo's answer was the last model's
        self.threshold.setVisible(len(names) >= 2)
        if len(names) >= 2:  # two: the threshold and "not sure" band; more: "not sure" only
            self.threshold.set_model(tuple(names), threshold)
        self.model_changed.emit(loaded)
        if loaded is None:
            self.queue.add(earlier + waiting)  # asked again by the next model
            return
        self.messages.hide()
        self.model_loaded.emit(loaded)
        # Photos already on the page are asked again, so two runs can be compared.
        self.add_photos(earlier + waiting)

    def _update_status(self) -> None:
        models = self.models
        self.picker.set_status(models.status(), models.loaded is not None
                               and models.loading is None)
        self.picker.status.setToolTip(str(models.loaded.path) if models.loaded else "")
        self.readiness_changed.emit(self.readiness())

    # --- predicting ------------------------------------------------------------------------
    @property
    def is_predicting(self) -> bool:
        """Photos are being answered right now."""
        return self._predicting.busy

    def open_photos(self) -> None:
        files, _ = QFileDialog.getOpenFileNames(
            self, self.tr("Photos to test"),
            str(self._paths.pictures_dir or self._paths.home_dir),
            QCoreApplication.translate("PredictPage", PHOTO_FILTER))
        if files:
            self.add_photos([Path(f) for f in files])

    def add_photos(self, paths: list[Path]) -> None:
        """Ask the model about these photos and folders (as soon as it is loaded)."""
        if not paths:
            return
        self.queue.add(paths)
        if self.loaded is not None:
            self._start_predicting()
        elif self.models.loading is not None:
            self.messages.show_message(self.tr("Your photos will be answered as soon as the "
                                               "model has loaded."), "info")
        else:
            self.messages.show_message(self.tr("There is no model to ask yet. Train one in "
                                               "step 3, or choose a model file above; your "
                                               "photos will be answered then."), "info")

    def _start_predicting(self) -> None:
        if self._predicting.busy or self.loaded is None or not self.queue.has_pending():
            return
        worker = self._predicting.start(predict_job(self.loaded, self.queue),
                                        self._on_predicting_done, progress=self._on_answers,
                                        failure=self._on_predicting_failed)
        # With `self` as context the timer dies with the page.
        QTimer.singleShot(PROGRESS_DELAY_MS, self, lambda w=worker: self._show_busy(w))

    def _show_busy(self, worker: Worker) -> None:
        if worker is self._predicting.current and not self.progress_row.isVisible():
            self.progress_label.setText(self.tr("Looking at your photos…"))
            self.progress.setRange(0, 0)
            self.progress_row.show()

    def _on_answers(self, chunk: PredictedChunk) -> None:
        if chunk.empty_folders:
            names = self.tr(" or ").join(str(folder) for folder in chunk.empty_folders)
            self.messages.show_message(self.tr("No photos found in {folders}. Alpaca Studio "
                                               "reads JPEG, PNG, BMP, GIF, WebP and TIFF "
                                               "files.").format(folders=names), "info")
        if not chunk.predictions:
            return
        self.results.add(chunk.predictions)
        if chunk.done < chunk.total:
            self.progress.setRange(0, chunk.total)
            self.progress.setValue(chunk.done)
            self.progress_label.setText(self.tr("Answered {done} of %n photos", "", chunk.total)
                                        .format(done=chunk.done))
            self.progress_row.show()
        self.answers_added.emit(len(chunk.predictions))

    def _on_predicting_done(self, _result: object) -> None:
        self.progress_row.hide()
        self._start_predicting()  # photos dropped while the last ones were answered
        self._warm_up_heatmaps()

    # --- what the model looked at -------------------------------------------------------
    def _warm_up_heatmaps(self) -> None:
        """Once the photos are answered, prepare the heatmaps (seconds), so the first is quick."""
        loaded = self.loaded
        if loaded is None or loaded is self._warmed or self._predicting.busy:
            return
        self._warmed = loaded
        self._heatmap_warm_up.start(warm_up_job(loaded), failure=lambda _error: None)

    def show_heatmap(self, row: int, *, heatmap: bool | None = None) -> None:
        """Open the card of `row` larger, with what the model looked at (`heatmap`: the toggle)."""
        if self.loaded is None or not 0 <= row < self.results.rowCount():
            return
        prediction = self.results.prediction(row)
        if not prediction.ok:
            return
        if self.heatmap_window is None:
            self.heatmap_window = HeatmapWindow(self)
            self.heatmap_window.view.set_model(self.loaded)
        index = self.results.index(row, 0)
        if self.cards.currentIndex() != index:
            self.cards.setCurrentIndex(index)  # the window then follows the selection
        self._show_in_heatmap_window(prediction, heatmap)

    def _follow_card(self, *_args) -> None:
        window = self.heatmap_window
        row = self.cards.currentIndex().row()
        if window is None or not window.isVisible() or not 0 <= row < self.results.rowCount():
            return
        prediction = self.results.prediction(row)
        if prediction.ok and (prediction.path != window.view.photo
                              or self._heatmap_class(prediction) != window.view.answer):
            self._show_in_heatmap_window(prediction, None)

    def _heatmap_class(self, prediction) -> str:
        """The class a heatmap first shows: the answer, or for "not sure" the likeliest."""
        return leaning(prediction, self.results.class_names)[0]

    def _show_in_heatmap_window(self, prediction, heatmap: bool | None) -> None:
        title = prediction.path.name
        if prediction.label is not None and prediction.probability is not None:
            title = self.tr("{photo}: {answer}, {percent} sure").format(
                photo=title, answer=prediction.label, percent=percent(prediction.probability))
        elif prediction.unsure:
            title = self.tr("{photo}: {answer}").format(photo=title,
                                                       answer=not_sure_text().lower())
        self.heatmap_window.show_photo(prediction.path, self._heatmap_class(prediction),
                                       title=title, heatmap=heatmap)

    def _on_predicting_failed(self, error: BaseException) -> None:
        self.progress_row.hide()
        self.queue.clear()
        self.messages.show_message(self.tr("The model could not answer: {error}").format(
            error=engine_text(str(error))), "error")

    def cancel_predicting(self, quiet: bool = False) -> None:
        running = self._predicting.busy
        self._predicting.cancel()  # the answers already shown stay
        self.queue.clear()
        self.progress_row.hide()
        if running and not quiet:
            self.messages.show_message(self.tr("Stopped. The photos answered so far are "
                                               "shown; the rest were left out."), "info")

    def clear(self) -> None:
        self.cancel_predicting(quiet=True)
        self.results.clear()
        if self.heatmap_window is not None:
            self.heatmap_window.hide()
        self.messages.hide()

    def _update_counts(self, *_args) -> None:
        count = self.results.rowCount()
        self.tabs.setTabText(0, self.tr("Cards ({count})").format(count=QLocale().toString(count))
                             if count else self.tr("Cards"))
        self.tabs.setTabText(1, self.tr("Table ({count})").format(count=QLocale().toString(count))
                             if count else self.tr("Table"))
        for button in (self.csv_button, self.copy_button, self.clear_button):
            button.setEnabled(count > 0)
        self.readiness_changed.emit(self.readiness())
