"""The earlier runs of a workspace: listed, opened and deleted in the background."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtWidgets import QMessageBox, QWidget

from app.i18n import engine_text
from app.steps.train.jobs import make_delete_job, make_list_job, make_read_job
from app.steps.train.widgets.run_list import RunList, run_date
from app.worker import NewestWins, OneAtATime
from core.run_index import SavedRun


class RunHistory(QObject):
    """Owns the `RunList`; `run_opened(run, evaluation)` when a listed run has been read.

    `use_requested(path)` when a run is chosen for testing; `problem(text)` for errors.
    """

    run_opened = Signal(object, object)
    use_requested = Signal(object)
    deleted = Signal(object)
    listed = Signal()
    problem = Signal(str)

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self._parent = parent
        self.list = RunList()
        self.runs: list[SavedRun] = []
        self.runs_dir: Path | None = None
        self._augmentation: dict | None = None
        self._listing = NewestWins(self)
        self._reading = NewestWins(self)
        self._deleting = OneAtATime(self)
        self._select: Path | None = None
        # The first listing of a workspace opens its newest run: the page shows the
        # workspace's latest result (charts too) without a click.
        self._open_newest = False
        self.list.run_selected.connect(self.open_run)
        self.list.use_requested.connect(self.use_requested)
        self.list.delete_requested.connect(self.ask_delete)

    def set_runs_dir(self, runs_dir: Path | None) -> None:
        self.runs_dir = runs_dir
        self.runs = []
        self._open_newest = True
        self.list.set_runs([], self._augmentation)

    def set_augmentation(self, augmentation: dict | None) -> None:
        self._augmentation = augmentation
        self.list.set_runs(self.runs, augmentation)

    def run_at(self, path: Path) -> SavedRun | None:
        return next((run for run in self.runs if run.path == path), None)

    def refresh(self, select: Path | None = None) -> None:
        """List the runs again (in the background); `select` is chosen once it is listed."""
        if self.runs_dir is None:
            return
        self._select = select
        runs_dir = self.runs_dir
        self._listing.start(make_list_job(runs_dir), lambda runs: self._on_listed(runs, runs_dir),
                            failure=self._on_failed)

    @Slot(object)
    def open_run(self, path: Path) -> None:
        self._reading.start(make_read_job(path), self._on_read, failure=self._on_failed)

    @Slot(object)
    def ask_delete(self, path: Path) -> None:
        run = self.run_at(path)
        when = run_date(run.created) if run is not None else path.name
        answer = QMessageBox.question(
            self._parent, self.tr("Delete this run?"),
            self.tr("Delete the run of {date}? Its trained model is removed from the "
                    "workspace; your photos are not touched.").format(date=when),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No)
        if answer == QMessageBox.StandardButton.Yes and self._deleting.start(
                make_delete_job(path), self._on_deleted, failure=self._on_failed) is None:
            self.problem.emit(self.tr("Wait a moment: another run is still being deleted."))

    def shutdown(self) -> None:
        for jobs in (self._listing, self._reading, self._deleting):
            jobs.shutdown()

    def _on_listed(self, runs: list[SavedRun], runs_dir: Path) -> None:
        if runs_dir != self.runs_dir:
            return  # listed before another workspace was opened
        self.runs = runs
        newest = None
        if self._open_newest and runs and self._select is None and self.list.current_path is None:
            newest = runs[0].path
        self._open_newest = False
        self.list.set_runs(runs, self._augmentation, self._select or newest)
        self._select = None
        self.listed.emit()
        if newest is not None:
            self.open_run(newest)

    @Slot(object)
    def _on_read(self, result) -> None:
        path, evaluation = result
        run = self.run_at(path)
        if run is not None and self.list.current_path == path:
            self.run_opened.emit(run, evaluation)

    @Slot(object)
    def _on_deleted(self, path: Path) -> None:
        self.deleted.emit(path)
        self.refresh()

    @Slot(object)
    def _on_failed(self, error: object) -> None:
        self.problem.emit(self.tr("The earlier runs could not be read or changed: {problem}")
                          .format(problem=engine_text(str(error))))
