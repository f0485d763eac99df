"""What training reports while it runs: plain data, no TensorFlow (the window receives it)."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass

from core.messages import QT_TRANSLATE_NOOP

PHASE_CHECKING = "checking"
PHASE_PREPARING = "preparing"
PHASE_FROZEN = "frozen"
PHASE_FINE_TUNE = "fine_tune"
PHASE_EVALUATING = "evaluating"
PHASE_DONE = "done"
PHASE_TITLES = {
    PHASE_CHECKING: QT_TRANSLATE_NOOP("core", "Checking your photos"),
    PHASE_PREPARING: QT_TRANSLATE_NOOP("core", "Loading MobileNetV2"),
    PHASE_FROZEN: QT_TRANSLATE_NOOP("core", "Training the new top layer"),
    PHASE_FINE_TUNE: QT_TRANSLATE_NOOP("core", "Fine-tuning the last layers"),
    PHASE_EVALUATING: QT_TRANSLATE_NOOP("core", "Scoring the validation photos"),
    PHASE_DONE: QT_TRANSLATE_NOOP("core", "Done"),
}


@dataclass(frozen=True)
class TrainProgress:
    """One progress report: a stage starting, a batch done, or an epoch done."""

    kind: str  # "stage" | "batch" | "epoch"
    phase: str
    message: str
    epoch: int = 0  # counted over both phases, from 1
    epochs: int = 0
    batch: int = 0
    batches: int = 0
    loss: float | None = None  # running mean over the epoch so far
    accuracy: float | None = None
    batch_loss: float | None = None
    val_loss: float | None = None
    val_accuracy: float | None = None
    fraction: float = 0.0
    elapsed: float = 0.0
    eta: float | None = None


class RunningMean:
    """Mean loss and accuracy over the batches of one epoch so far, weighted by batch size."""

    def __init__(self) -> None:
        self.count = 0
        self.loss_sum = 0.0
        self.accuracy_sum = 0.0

    def add(self, loss: float, accuracy: float, size: int) -> None:
        self.count += size
        self.loss_sum += loss * size
        self.accuracy_sum += accuracy * size

    @property
    def loss(self) -> float:
        return self.loss_sum / self.count if self.count else float("nan")

    @property
    def accuracy(self) -> float:
        return self.accuracy_sum / self.count if self.count else float("nan")


class ProgressReporter:
    """Turns a run's steps into `TrainProgress` events, with the fraction done and an ETA.

    The run says how much work it has (`expect`, in photo passes through the
    frozen part) and `advance`s as it goes; the ETA is extrapolated from the
    time that work has taken so far. `check_stop` raises the run's cancellation.
    """

    def __init__(self, on_progress: Callable[[TrainProgress], None] | None,
                 should_stop: Callable[[], bool] | None, frozen_epochs: int,
                 fine_tune_epochs: int, cancelled: Callable[[], Exception]) -> None:
        self.on_progress = on_progress or (lambda event: None)
        self.should_stop = should_stop or (lambda: False)
        self.frozen_epochs = frozen_epochs
        self.epochs = frozen_epochs + fine_tune_epochs
        self.cancelled = cancelled
        self.start = time.perf_counter()
        self.work_start: float | None = None
        self.work_done = 0.0
        self.work_total = 1.0

    @property
    def elapsed(self) -> float:
        return time.perf_counter() - self.start

    def check_stop(self) -> None:
        if self.should_stop():
            raise self.cancelled()

    def expect(self, work: float) -> None:
        """The work ahead, from now: the clock for the ETA starts here."""
        self.work_total = work
        self.work_start = time.perf_counter()

    def advance(self, work: float) -> None:
        self.work_done += work

    def stage(self, phase: str) -> None:
        fraction, eta = self._estimate()
        if phase == PHASE_DONE:
            fraction, eta = 1.0, 0.0
        self.on_progress(TrainProgress("stage", phase, PHASE_TITLES[phase],
                                       fraction=fraction, elapsed=self.elapsed, eta=eta))

    def checking(self, done: int, total: int) -> None:
        self.on_progress(TrainProgress("batch", PHASE_CHECKING, PHASE_TITLES[PHASE_CHECKING],
                                       batch=done, batches=total, elapsed=self.elapsed))

    def batch(self, phase: str, epoch: int, batch: int, batches: int,
              running: RunningMean, batch_loss: float) -> None:
        fraction, eta = self._estimate()
        self.on_progress(TrainProgress(
            "batch", phase, PHASE_TITLES[phase], epoch=self.epoch_number(phase, epoch),
            epochs=self.epochs, batch=batch, batches=batches, loss=running.loss,
            accuracy=running.accuracy, batch_loss=batch_loss,
            fraction=fraction, elapsed=self.elapsed, eta=eta))

    def epoch(self, phase: str, epoch: int, running: RunningMean, val_loss: float,
              val_accuracy: float) -> None:
        fraction, eta = self._estimate()
        self.on_progress(TrainProgress(
            "epoch", phase, PHASE_TITLES[phase], epoch=self.epoch_number(phase, epoch),
            epochs=self.epochs, loss=running.loss, accuracy=running.accuracy,
            val_loss=val_loss, val_accuracy=val_accuracy, fraction=fraction,
            elapsed=self.elapsed, eta=eta))

    def epoch_number(self, phase: str, epoch: int) -> int:
        """An epoch counted over both phases, from 1 (`epoch` counts within its phase, from 0)."""
        return epoch + 1 + (self.frozen_epochs if phase == PHASE_FINE_TUNE else 0)

    def _estimate(self) -> tuple[float, float | None]:
        fraction = min(1.0, self.work_done / self.work_total) if self.work_total else 0.0
        eta = None
        if self.work_start is not None and fraction > 0.02:
            spent = time.perf_counter() - self.work_start
            eta = spent * (1 - fraction) / fraction
        return fraction, eta
