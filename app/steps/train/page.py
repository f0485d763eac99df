"""Step 3, Train: check the photos, choose settings, train in the background, see the result.

The page reads its widgets, builds a `TrainConfig` and hands it to its
`TrainSession` (`app.steps.train.session`), which starts the run, keeps it tied to
the workspace it was started in, and reports its progress; the engine itself runs
in a process of its own (`app.steps.train.process`). The page draws what it hears:
the progress bar, the charts, the result, the earlier runs.
"""

from __future__ import annotations

import traceback
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QSettings, QSize, Qt, Signal, Slot
from PySide6.QtGui import QHideEvent, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.history import History
from app.i18n import engine_text
from app.settings import AppPaths
from app.step_page import StepPage
from app.steps.train.errors import explain, is_out_of_memory
from app.steps.train.jobs import TrainOutcome
from app.steps.train.photo_moves import MovePhoto, move_to_class, remove_from_training
from app.steps.train.run_history import RunHistory
from app.steps.train.score import describe_score
from app.steps.train.session import TrainSession
from app.steps.train.settings_panel import FittedScrollArea, TrainSettings, explain_setting
from app.steps.train.split_summary import SplitSummary
from app.steps.train.widgets.cell_photos import CellPhotos
from app.steps.train.widgets.charts import TrainCharts
from app.steps.train.widgets.dataset_summary import DatasetSummary
from app.steps.train.widgets.progress_panel import ProgressPanel, duration
from app.steps.train.widgets.run_list import run_date
from app.steps.train.widgets.run_results import RunResults
from app.steps.train.words import percent, run_settings
from app.widgets.message_bar import MessageBar
from app.worker import NewestWins
from core.augment_config import AugmentConfig, load_augment_config
from core.dataset import DatasetReport, check_dataset, find_class_names
from core.errors import CoreError, TrainingCancelled
from core.run_index import SavedRun

RESULTS_HINT = QT_TRANSLATE_NOOP(
    "TrainPage", "The result appears here when training ends; earlier runs open from the list.")
READY_TEXT = QT_TRANSLATE_NOOP("TrainPage", "Press Start training when your photos are sorted.")
CANCELLED_TEXT = QT_TRANSLATE_NOOP("TrainPage", "Training cancelled. Nothing was saved.")
# Pixels of the photo summary and of the settings kept on screen however short the window.
SUMMARY_AT_LEAST = 110
SETTINGS_AT_LEAST = 90
SIDE_AT_LEAST = 300
RESULTS_AT_LEAST = 120
SIDE_AT_MOST = 380
SIDE_SHARE = 0.4


def _say(text: str) -> str:
    """One of the page's marked texts (above) in the window's language."""
    return QCoreApplication.translate("TrainPage", text)


def _heading(text: str) -> QLabel:
    return QLabel(_heading_html(text))


def _heading_html(text: str) -> str:
    return f"<b style='font-size: 14px'>{text}</b>"


def _padded(widget: QWidget) -> QWidget:
    """`widget` with room on its right for a scroll bar."""
    holder = QWidget()
    layout = QVBoxLayout(holder)
    layout.setContentsMargins(0, 0, 8, 0)
    layout.addWidget(widget)
    layout.addStretch(1)
    return holder


class _SideColumn(QWidget):
    """The photos, settings and runs: as wide as it may be when the window has the room."""

    def sizeHint(self) -> QSize:
        return QSize(SIDE_AT_MOST, super().sizeHint().height())


class TrainPage(StepPage):
    """`run_chosen(path)` when a run is saved or picked: the Test page loads it.

    `test_requested(path)` when the person asks to test a listed run (Use for testing,
    double-click): the window goes to the Test step. `run_deleted(path)` after a run
    folder was deleted from Earlier runs.
    """

    run_chosen = Signal(object)
    test_requested = Signal(object)
    run_deleted = Signal(object)
    image_size_changed = Signal(int)  # the size training will use: the Augment page shows it
    photos_moved = Signal()
    """A photo was moved from the confusion matrix (or put back): the Sort page lists again."""

    def __init__(self, paths: AppPaths, settings: QSettings, history: History | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._paths = paths
        self.history = history or History(self)  # the window's undo history
        self.session = TrainSession(self)
        self.workspace: Path | None = None
        self.augmentation = AugmentConfig()
        self.report: DatasetReport | None = None
        self._checks = NewestWins(self)
        self._percent_shown = -1  # the percentage the step bar shows
        self._last_score: str | None = None  # this session's run in this workspace
        self._last_run: Path | None = None
        self._shown_run: Path | None = None  # the saved run the results and charts show
        self._dialogs: list[CellPhotos] = []
        self._moved: set[Path] = set()  # photos moved from the matrix since the run shown
        self._sort_report: DatasetReport | None = None  # the Sort page's latest check
        self.messages = MessageBar()
        self.summary = DatasetSummary()
        # The split is counted in the background: thousands of photos take too long here.
        self.split_summary = SplitSummary(self.summary, self)
        self.split_summary.counted.connect(
            lambda: self.photos_heading.setText(_heading_html(self.tr("Your photos"))))
        self.settings_panel = TrainSettings(settings)
        #: glossary: 학습 = training; the button is "학습 시작"
        self.start_button = QPushButton(self.tr("Start training"))
        self.start_button.setDefault(True)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setEnabled(False)
        self.progress = ProgressPanel()
        self.charts = TrainCharts()
        self.results = RunResults()
        self.results.clear(_say(RESULTS_HINT))
        self.runs = RunHistory(self)  # the earlier runs of the workspace
        self._build_layout()
        self.start_button.clicked.connect(self.start_training)
        self.cancel_button.clicked.connect(self.cancel_training)
        self.settings_panel.changed.connect(self._show_split)
        self._shown_size = self.image_size()
        self.settings_panel.changed.connect(self._on_size_maybe_changed)
        self.results.photos_requested.connect(self._open_photos)
        self.runs.run_opened.connect(self._show_saved_run)
        self.runs.use_requested.connect(self._use_run)
        self.runs.deleted.connect(self._on_run_deleted)
        self.runs.listed.connect(lambda: self.readiness_changed.emit(self.readiness()))
        self.runs.problem.connect(lambda text: self.messages.show_message(text, "error"))
        self.session.progress.connect(self._on_progress)
        self.session.finished.connect(self._on_finished)
        self.session.failed.connect(self._on_failed)

    def _build_layout(self) -> None:
        buttons = QHBoxLayout()
        buttons.addWidget(self.start_button, 1)
        buttons.addWidget(self.cancel_button)
        # The settings keep the height they need; a long photo summary gives way first
        # (it scrolls), then the settings; the list of runs takes what is left.
        self.summary_area = FittedScrollArea(_padded(self.summary), SUMMARY_AT_LEAST,
                                             yields=True)
        self.settings_area = FittedScrollArea(_padded(self.settings_panel), SETTINGS_AT_LEAST)
        side = QVBoxLayout()
        self.photos_heading = _heading(self.tr("Your photos"))
        side.addWidget(self.photos_heading)
        side.addWidget(self.summary_area, 100)
        side.addSpacing(6)
        side.addWidget(_heading(self.tr("Settings")))
        side.addWidget(self.settings_area)
        side.addLayout(buttons)
        side.addSpacing(8)
        #: glossary: run = 학습 기록; "Earlier runs" = 이전 학습 기록
        side.addWidget(_heading(self.tr("Earlier runs")))
        side.addWidget(self.runs.list, 1)
        side.addStretch(0)  # takes what is left only while the list is empty
        side_widget = self.side_column = _SideColumn()
        side_widget.setLayout(side)
        # As wide as it likes at the default size; narrower (not cut) on a small screen.
        side_widget.setMinimumWidth(SIDE_AT_LEAST)
        side_widget.setMaximumWidth(SIDE_AT_MOST)
        # On a small screen the result scrolls; the charts keep their room.
        self.results_area = QScrollArea()
        self.results_area.setWidget(self.results)
        self.results_area.setWidgetResizable(True)
        self.results_area.setFrameShape(QScrollArea.Shape.NoFrame)
        self.results_area.setMinimumHeight(RESULTS_AT_LEAST)
        main = QVBoxLayout()
        main.addWidget(self.progress)
        main.addWidget(self.charts, 3)
        main.addSpacing(6)
        main.addWidget(self.results_area, 2)
        row = QHBoxLayout()
        row.addWidget(side_widget)
        row.addLayout(main, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.messages)
        layout.addLayout(row, 1)

    # --- the hooks of the main window ---------------------------------------------------
    def image_size(self) -> int:
        """The photo size the next training run will use."""
        return int(self.settings_panel.image_size.currentData())

    def _on_size_maybe_changed(self) -> None:
        if self.image_size() != self._shown_size:
            self._shown_size = self.image_size()
            self.image_size_changed.emit(self._shown_size)

    def set_workspace(self, path: Path) -> None:
        path = Path(path)
        session = self.session
        if not session.is_training:
            self._show_workspace(path)
            return
        # The run stays with its workspace (saved and listed there); the page keeps
        # showing it and turns to the new workspace when it ends.
        self.augmentation = load_augment_config(self._paths.augmentation_file(path))
        self.runs.set_augmentation(session.run_augmentation.to_dict())
        back = session.open_workspace(path)
        self.runs.list.setEnabled(back)
        if back:
            self.messages.hide()
        else:
            self.messages.show_message(self.tr(
                "Training goes on with the photos of “{running}”, and the model is saved "
                "there. “{opened}” is shown here when it ends (or when you cancel it).").format(
                    running=session.run_workspace.name, opened=path.name), "info")

    def _show_workspace(self, path: Path, augmentation: AugmentConfig | None = None) -> None:
        self.workspace = path
        # Nothing of the workspace shown before stays: its photos, runs, results, dialogs.
        self.report = self._sort_report if self._is_current(self._sort_report) else None
        self._moved.clear()
        for dialog in list(self._dialogs):
            dialog.close()
        if self.report is None:
            self._show_checking()
        else:
            self._show_split()
        self.set_augment_config(augmentation or
                                load_augment_config(self._paths.augmentation_file(path)))
        self.runs.list.setEnabled(True)
        self.runs.set_runs_dir(self._paths.runs_dir(path))
        self.runs.refresh()  # the step bar names the newest run before the page is seen
        self._last_score, self._last_run, self._shown_run = None, None, None
        self.progress.reset(_say(READY_TEXT))
        self.charts.clear()
        self.results.clear(_say(RESULTS_HINT))
        self.messages.hide()
        if self.isVisible():
            self.refresh()
        self.readiness_changed.emit(self.readiness())

    def set_augment_config(self, config: AugmentConfig) -> None:
        self.augmentation = config
        if self.session.waiting_workspace is None:  # else the list is the run's workspace's
            self.runs.set_augmentation(config.to_dict())

    def readiness(self) -> str:
        if self.session.is_training:
            return self.tr("Training… {percent}").format(
                percent=percent(max(self.session.percent, 0) / 100))
        if self.workspace is None:
            return self.tr("No workspace open")
        if self._last_score is not None:
            return self.tr("Last run: {score}").format(score=self._last_score)
        if self.runs.runs:  # newest first
            newest = self.runs.runs[0].val_accuracy
            return self.tr("Trained before") if newest is None else \
                self.tr("Last run: {score}").format(score=percent(newest))
        return self.tr("Not trained yet")

    def confirm_close(self) -> bool:
        if not self.session.is_training:
            return True
        answer = QMessageBox.question(
            self, self.tr("Training is running"),
            self.tr("Training is running. Stop it and quit?"),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes

    def shutdown(self) -> None:
        """Stop training and every background job, and wait for their threads."""
        self.session.shutdown()
        self._checks.shutdown()
        self.split_summary.shutdown()
        self.runs.shutdown()
        for dialog in self._dialogs:
            dialog.close()

    def resizeEvent(self, event: QResizeEvent) -> None:
        # The side column takes at most a share of a small window: the charts and the
        # result need the room more than the settings do.
        width = round(event.size().width() * SIDE_SHARE)
        self.side_column.setMaximumWidth(max(SIDE_AT_LEAST, min(SIDE_AT_MOST, width)))
        super().resizeEvent(event)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.summary_area.held = False  # fitted to what it shows now, before it is seen
        self.refresh()
        self.summary_area.refit()
        self.summary_area.held = True  # then it keeps still: a longer summary scrolls

    def hideEvent(self, event: QHideEvent) -> None:
        super().hideEvent(event)
        self.summary_area.held = False

    def refresh(self) -> None:
        """Show the photos as last checked; check them only when no check of this workspace
        is known (the Sort page sends its own, `set_dataset_report`)."""
        if self.workspace is None or self.session.is_training:
            return
        if self._is_current(self.report):
            self._show_split()
        else:
            self._check_photos()

    @Slot(object)
    def set_dataset_report(self, report: DatasetReport) -> None:
        """The Sort page's latest check of its workspace: shown here instead of checking again.

        Connected to the Sort page's ``HealthCheck.checked``; a report of another folder
        is kept for when that workspace is shown.
        """
        self._sort_report = report
        if self._is_current(report):
            self._checks.cancel()  # a check of our own, if running, is older
            self.report = report
            self._show_split()

    def _is_current(self, report: DatasetReport | None) -> bool:
        return report is not None and self.workspace is not None \
            and Path(report.root).absolute() == Path(self.workspace).absolute()

    # --- the photo check ----------------------------------------------------------------
    def _show_checking(self) -> None:
        """The summary's lines with what a file listing knows, until the check ends."""
        self.split_summary.forget()
        self.photos_heading.setText(_heading_html(self.tr("Your photos · checking…")))
        workspace = self.workspace
        try:
            names = find_class_names(workspace)
        except (CoreError, OSError):
            self.summary.show_text(self.tr("Checking your photos…"))
            return
        # From the folder listing alone (`SplitSummary.show_listing`, in the background).
        self.split_summary.show_listing(workspace, names,
                                        self.settings_panel.validation_split.value() / 100)

    def _check_photos(self) -> None:
        workspace = self.workspace
        if workspace is None:
            return
        if not self._is_current(self.report):
            self._show_checking()

        def job(on_progress, should_stop):
            return check_dataset(workspace, should_stop=should_stop)

        self._checks.start(job, self._on_checked, failure=self._on_check_failed)

    @Slot(object)
    def _on_checked(self, report: DatasetReport) -> None:
        self.report = report
        self._show_split()

    @Slot(object)
    def _on_check_failed(self, error: object) -> None:
        self.report = None
        self.split_summary.forget()
        self.photos_heading.setText(_heading_html(self.tr("Your photos")))
        self.summary.show_text(self.tr("The photos could not be checked: {problem}").format(
            problem=engine_text(str(error))))
        self._update_buttons()

    @Slot()
    def _show_split(self) -> None:
        report = self.report
        if report is not None:
            self.photos_heading.setText(_heading_html(self.tr("Your photos")))
            share = self.settings_panel.validation_split.value() / 100
            seed = self.settings_panel.seed.value()
            self.split_summary.show(report, share, seed)
            if self.split_summary.counting:
                self.photos_heading.setText(_heading_html(self.tr("Your photos · counting…")))
        self._update_buttons()

    # --- training -----------------------------------------------------------------------
    @Slot()
    def start_training(self) -> None:
        if self.session.is_training or self.workspace is None:
            return
        try:
            config = self.settings_panel.config(self.augmentation)
        except ValueError as error:
            self.messages.show_message(explain_setting(error), "error")
            return
        self.messages.hide()
        if not self.session.start(self.workspace, config, self._paths.runs_dir(self.workspace),
                                  self.augmentation):
            return
        self._shown_run = None
        self._moved.clear()
        self.charts.start(config.frozen_epochs, config.fine_tune_epochs)
        self.progress.reset(self.tr("Starting…"))
        self.progress.start_clock()
        self.results.clear(_say(RESULTS_HINT))
        self._update_buttons()
        self.readiness_changed.emit(self.readiness())

    @Slot()
    def cancel_training(self) -> None:
        """Stop the run: the page is ready again at once; the thread ends within a batch."""
        if not self.session.cancel():
            return
        switched = self.session.waiting_workspace is not None
        self.progress.reset(_say(CANCELLED_TEXT))
        self._after_run()
        if switched:  # the new workspace's page replaced the progress text: say it here
            self.messages.show_message(_say(CANCELLED_TEXT), "info")

    @property
    def is_training(self) -> bool:
        return self.session.is_training

    @Slot(object)
    def _on_progress(self, event) -> None:
        if event.kind == "batch" and not event.epoch and event.batch % 10 \
                and event.batch != event.batches:
            return  # the photo check reports every file; a tenth is plenty to watch
        self.progress.show_event(event)
        if event.kind == "batch" and event.epoch:
            self.charts.add_batch(event)
        elif event.kind == "epoch":
            self.charts.add_epoch(event)
        if self.session.percent != self._percent_shown:
            self._percent_shown = self.session.percent
            self.readiness_changed.emit(self.readiness())

    @Slot(object)
    def _on_finished(self, outcome: TrainOutcome) -> None:
        if self.session.waiting_workspace is not None:
            started_in = self.session.run_workspace.name
            self._after_run()  # shows the workspace opened meanwhile
            self.messages.show_message(self.tr(
                "The run you started in “{workspace}” finished ({score}) and was saved there; "
                "open “{workspace}” to use it.").format(
                    workspace=started_in, score=engine_text(outcome.summary)), "info")
            return
        self._last_score = percent(outcome.val_accuracy)
        self._last_run = self._shown_run = outcome.run_dir
        score = describe_score(outcome.summary, outcome.evaluation)
        # The time the person waited, as the clock showed it: the engine's own count
        # starts only once its process is up and TensorFlow imported, 15-20 s later.
        took = max(outcome.total_seconds, self.progress.elapsed or 0.0)
        self.progress.finish(self.tr("Done: {score}").format(score=score),
                             self.tr("Took {time} · saved as {run} · ready on the Test step")
                             .format(time=duration(took), run=outcome.run_dir.name))
        self.results.show_evaluation(
            self.tr("This run"), outcome.summary, outcome.evaluation,
            note=self.tr("The model after round {round} is kept: the one that did best on the "
                         "photos kept aside.").format(round=outcome.best_epoch))
        self.runs.refresh(select=outcome.run_dir)
        self.run_chosen.emit(outcome.run_dir)
        self._after_run()

    @Slot(object)
    def _on_failed(self, error: object) -> None:
        session = self.session
        started_in = session.run_workspace.name if session.waiting_workspace is not None \
            else None
        if isinstance(error, TrainingCancelled):
            self.progress.reset(_say(CANCELLED_TEXT))
            self._after_run()
            return
        self.progress.reset(self.tr("Training stopped before the end; nothing was saved."))
        if not isinstance(error, (CoreError, OSError, ValueError)) \
                and not is_out_of_memory(error):
            traceback.print_exception(error)  # unexpected: keep the details for a report
        self._after_run()
        if started_in:
            text = self.tr("The run you started in “{workspace}” stopped; nothing was saved. "
                           "{reason}").format(workspace=started_in, reason=explain(error))
        else:
            text = explain(error)
        self.messages.show_message(text, "error")

    def _after_run(self) -> None:
        waiting = self.session.take_waiting()
        if waiting is not None:  # with what the Augment page sent since
            self._show_workspace(waiting, self.augmentation)
        elif self._is_current(self.report):
            self._show_split()
        else:
            self._check_photos()
        self._update_buttons()
        self.readiness_changed.emit(self.readiness())

    def _update_buttons(self) -> None:
        running = self.session.is_training
        blocked = self.report is not None and bool(self.report.problems_for_training())
        self.start_button.setEnabled(not running and self.workspace is not None and not blocked)
        self.cancel_button.setEnabled(running)
        self.settings_panel.setEnabled(not running)

    # --- results ------------------------------------------------------------------------
    @Slot(object, object)
    def _show_saved_run(self, run: SavedRun, evaluation: dict | None) -> None:
        if self.session.is_training:
            return  # the live charts stay while training
        self._shown_run = run.path
        self._moved.clear()
        title = self.tr("Run of {date}").format(date=run_date(run.created))
        if evaluation is None:
            self.results.clear(self.tr("{title}: {score} (its per-photo results are missing)")
                               .format(title=title, score=describe_score(run.summary)))
        else:
            self.results.show_evaluation(title, run.summary, evaluation,
                                         note=run_settings(run.training, run.image_size))
        if run.history:
            self.charts.show_history(run.history, run.frozen_epochs, run.fine_tune_epochs)
        else:
            self.charts.clear()  # not the charts of the run shown before

    @Slot(object)
    def _use_run(self, path: Path) -> None:
        if self.session.waiting_workspace is not None:
            return  # a run of the workspace left behind: the Test page has the new one
        self.run_chosen.emit(path)
        self.test_requested.emit(path)

    @Slot(object)
    def _on_run_deleted(self, path: Path) -> None:
        if path == self._shown_run:
            self._shown_run = None
            self.results.clear(_say(RESULTS_HINT))
            self.charts.clear()
        if path == self._last_run:  # the step bar names the newest run left, once listed
            self._last_score, self._last_run = None, None
            if not self.session.is_training:
                self.progress.reset(_say(READY_TEXT))
        self.messages.show_message(self.tr("The run {run} was deleted.").format(run=path.name),
                                   "info")
        self.run_deleted.emit(path)

    @Slot(str, str, object)
    def _open_photos(self, title: str, explanation: str, photos) -> None:
        workspace = self.workspace
        targets = [name for name in self.results.class_names
                   if workspace is not None and (workspace / name).is_dir()]
        dialog = CellPhotos(title, explanation, photos, self._paths.thumbnail_dir, self,
                            targets=targets, on_move=self.move_photo,
                            on_undo=self.history.undo, run=self._shown_run,
                            class_names=self.results.class_names)
        for photo in photos:  # a photo of the same folder is offered the others only
            if workspace is not None and photo.path.is_relative_to(workspace):
                own = photo.path.relative_to(workspace).parts[0]
                if own in dialog.move_buttons:
                    dialog.move_buttons[own].hide()
                break
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.destroyed.connect(lambda _=None, d=dialog: self._forget_dialog(d))
        self._dialogs.append(dialog)
        dialog.show()

    # --- fixing the photos from the matrix --------------------------------------------------
    def move_photo(self, photo: Path, class_name: str | None) -> bool:
        """Move `photo` to class `class_name`, or (None) back to Unsorted: undoable.

        True when it was moved; else the reason is shown and nothing changed.
        """
        workspace = self.workspace
        problem = ""
        if workspace is None or not photo.is_relative_to(workspace):
            problem = self.tr("{photo} is not in this workspace's folders any more, so it "
                              "cannot be moved from here.").format(photo=photo.name)
        elif self.session.is_training:
            problem = self.tr("Wait for training to end before moving photos.")
        if problem:
            self._say_problem(problem)
            return False
        command = (remove_from_training(photo, workspace, self._on_photo_moved)
                   if class_name is None else
                   move_to_class(photo, workspace, class_name, self._on_photo_moved))
        command.redo()
        if command.failed:
            return False
        command.skip_next = True  # done already: pushing it only records it
        self.history.push(command)
        return True

    def _on_photo_moved(self, command: MovePhoto) -> None:
        if command.failed:
            self._say_problem(command.problem)
            return
        if command.moved:
            self._moved.add(command.photo)
            where = (self.tr("Moved to ‘{folder}’").format(folder=command.folder.name)
                     if command.folder.parent == self.workspace
                     and not command.folder.name.startswith(".")
                     else self.tr("Back in Unsorted"))
            now = command.operation.destination
        else:
            self._moved.discard(command.photo)
            where, now = None, command.photo
        for dialog in self._dialogs:
            dialog.show_moved(command.photo, now, where)
        self.results.show_moved(len(self._moved))
        self.report = self._sort_report = None  # the folders changed: check them again
        if self.isVisible() and not self.session.is_training:
            self._check_photos()
        self.photos_moved.emit()

    def _say_problem(self, text: str) -> None:
        for dialog in self._dialogs:
            dialog.show_problem(text)
        self.messages.show_message(text, "error")

    def _forget_dialog(self, dialog: CellPhotos) -> None:
        if dialog in self._dialogs:
            self._dialogs.remove(dialog)
