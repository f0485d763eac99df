"""What training reports while it runs: plain data, no TensorFlow (the window receives it)."""

from __future__ import annotations

from dataclasses import dataclass

PHASE_CHECKING = "checking"
PHASE_PREPARING = "preparing"
PHASE_FROZEN = "frozen"
PHASE_FINE_TUNE = "fine_tune"
PHASE_EVALUATING = "evaluating"
PHASE_DONE = "done"
PHASE_TITLES = {
    PHASE_CHECKING: "Checking your photos",
    PHASE_PREPARING: "Loading MobileNetV2",
    PHASE_FROZEN: "Training the new top layer",
    PHASE_FINE_TUNE: "Fine-tuning the last layers",
    PHASE_EVALUATING: "Scoring the validation photos",
    PHASE_DONE: "Done",
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
