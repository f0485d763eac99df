"""Runs `core`'s dataset check in the background whenever the sorted photos change.

The counts show at once (they are known); the check, which opens every photo, follows.
A check that started before the latest change never reports: it would be one step behind.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal, Slot

from app.i18n import engine_text
from app.steps.sort.board import SortBoard
from app.steps.sort.widgets.health_panel import HealthPanel
from app.worker import NewestWins
from core.dataset import CheckProgress, DatasetReport, check_dataset
from core.errors import CoreError

DELAY_MS = 600
# The check tells the window's thread how far it got every this many photos (and at the
# last): one event per photo is 6,000 trips to a thread that is painting the grids.
PROGRESS_EVERY = 10


class HealthCheck(QObject):
    """Keeps `panel` up to date; `checked(report)` after each completed check."""

    checked = Signal(object)

    def __init__(self, board: SortBoard, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.board = board
        self.panel = HealthPanel()
        self.report: DatasetReport | None = None
        self._checks = NewestWins(self)
        self._timer = QTimer(self, singleShot=True, interval=DELAY_MS)
        self._timer.timeout.connect(self.run)
        board.photos_changed.connect(self._on_photos_changed)

    @Slot()
    def _on_photos_changed(self) -> None:
        self._checks.cancel()  # it was checking the photos as they were
        board = self.board
        if self.report is not None and self.report.root != board.workspace:
            self.report = None  # another workspace's findings
            self.panel.forget_report()
        counts = {name: model.rowCount() for name, model in board.class_models.items()}
        if board.workspace is None or board.proposed or not any(counts.values()):
            self._timer.stop()
            self.report = None
            self.panel.show_counts({})
            return
        self.panel.show_counts(counts, checking=True)
        self._timer.start()

    def run(self) -> None:
        """Check now; a check still running is abandoned for the newer one."""
        workspace = self.board.workspace
        if workspace is None or self.board.proposed:
            return
        names = self.board.class_names

        def job(on_progress, should_stop):
            def every_few(event: CheckProgress) -> None:
                if event.done % PROGRESS_EVERY == 0 or event.done == event.total:
                    on_progress(event)

            return check_dataset(workspace, names, on_progress=every_few,
                                 should_stop=should_stop)

        self._checks.start(job, self._on_finished, progress=self._on_progress,
                           failure=self._on_failed)

    def shutdown(self) -> None:
        self._timer.stop()
        self._checks.shutdown()

    @Slot(object)
    def _on_progress(self, event: CheckProgress) -> None:
        self.panel.show_progress(event.done, event.total)

    @Slot(object)
    def _on_finished(self, report: DatasetReport) -> None:
        self.report = report
        self.panel.show_report(report)
        self.checked.emit(report)

    @Slot(object)
    def _on_failed(self, error: object) -> None:
        if isinstance(error, CoreError):
            self.panel.show_error(engine_text(str(error)))
        else:
            self.panel.show_error(self.tr("an unexpected error: {error}").format(
                error=repr(error)))
            raise error if isinstance(error, Exception) else RuntimeError(error)
