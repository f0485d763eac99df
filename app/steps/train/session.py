"""The Train page's run lifecycle, without widgets: which run, for which workspace, when.

A run belongs to the workspace it was started in: it is saved and listed there.
When the person opens another workspace during a run, that workspace *waits*: the
page shows it once the run has ended (or was cancelled). A cancelled run is
abandoned at once (the page is usable again), but its thread may still be inside
a step that cannot be interrupted; the next run waits for it (`OneAtATime`).

This is where the Train page starts a run: `TrainSession.start`.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from app.job import Job
from app.steps.train.jobs import PHASE_WAITING, Progress
from app.steps.train.process import make_process_training_job
from app.worker import OneAtATime, Worker
from core.augment_config import AugmentConfig
from core.train_config import TrainConfig

JobFactory = Callable[[Path, TrainConfig, Path], Job]


class TrainSession(QObject):
    """One training run at a time, tied to the workspace it was started in."""

    progress = Signal(object)  # each progress event of the running run
    finished = Signal(object)  # the TrainOutcome of a run saved in `run_workspace`
    failed = Signal(object)  # the error that ended a run (TrainingCancelled included)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        # `job_factory(data_dir, config, runs_dir) -> job` is the engine seen from here;
        # tests swap in a fake that reports the same events.
        self.job_factory: JobFactory = make_process_training_job
        self.run_workspace: Path | None = None  # where the running run is saved
        self.run_augmentation: AugmentConfig | None = None
        self.waiting_workspace: Path | None = None  # opened during the run; shown after
        self.percent = -1
        self._runs = OneAtATime(self)

    @property
    def is_training(self) -> bool:
        return self._runs.busy

    @property
    def worker(self) -> Worker | None:
        """The worker of the running run (None between runs)."""
        return self._runs.current

    def start(self, workspace: Path, config: TrainConfig, runs_dir: Path,
              augmentation: AugmentConfig) -> bool:
        """Train on `workspace` in the background; False when a run is already going."""
        if self.is_training:
            return False
        job = self.job_factory(workspace, config, runs_dir)
        worker = self._runs.start(
            job, self._on_finished, failure=self.failed.emit, progress=self._on_progress,
            waiting=Progress("stage", PHASE_WAITING, "Waiting for the cancelled run to stop"))
        if worker is None:
            return False
        self.run_workspace, self.run_augmentation = workspace, augmentation
        self.waiting_workspace = None
        self.percent = 0
        return True

    def cancel(self) -> bool:
        """Abandon the running run (nothing is saved); False when none was running."""
        if not self.is_training:
            return False
        self._runs.cancel()
        return True

    def open_workspace(self, path: Path) -> bool:
        """Another workspace was opened during a run; True when it is the run's own.

        Any other one waits until the run ends (`waiting_workspace`).
        """
        back = path == self.run_workspace
        self.waiting_workspace = None if back else path
        return back

    def take_waiting(self) -> Path | None:
        """The workspace opened during the run that has just ended, now to be shown."""
        waiting, self.waiting_workspace = self.waiting_workspace, None
        return waiting

    def shutdown(self) -> None:
        """Stop the run (and any abandoned one) and wait for their threads."""
        self._runs.shutdown()

    def _on_progress(self, event) -> None:
        self.percent = int(event.fraction * 100)
        self.progress.emit(event)

    def _on_finished(self, outcome) -> None:
        if outcome is None:  # cancelled while it waited for the run before it
            return
        self.finished.emit(outcome)
