"""The Train page's background jobs: train and save a run, list, read and delete saved runs.

Each factory returns a plain ``job(on_progress, should_stop)`` for `app.worker.Worker`.
The engine modules that import TensorFlow (`core.training`, `core.runs`) are imported
inside the training job only, which runs in a process of its own (`train_process`);
saved runs are read with the TF-free `core.run_index`. Results are plain data.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from app.job import Job
from core.errors import TrainingCancelled
from core.run_index import delete_saved_run, list_saved_runs, read_run_evaluation
from core.train_config import TrainConfig
from core.train_progress import TrainProgress

PHASE_SAVING = "saving"
PHASE_WAITING = "waiting"


@dataclass(frozen=True)
class TrainOutcome:
    """A finished and saved run, as the page shows it."""

    run_dir: Path
    summary: str
    evaluation: dict  # `Evaluation.to_dict()`: per_class, confusion_matrix, predictions
    class_names: tuple[str, ...]
    history: tuple[dict, ...]
    best_epoch: int
    val_accuracy: float
    total_seconds: float


@dataclass(frozen=True)
class Progress(TrainProgress):
    """An engine event as it crosses from the training process, or one of the page's own
    stages (waiting, saving); `run_dir` names the folder being saved."""

    run_dir: Path | None = None


def make_training_job(data_dir: Path, config: TrainConfig, runs_dir: Path) -> Job:
    """Train on `data_dir`, save the run in a new folder of `runs_dir`, return a `TrainOutcome`.

    A cancelled run raises `TrainingCancelled` and leaves nothing on disk, even when
    the cancel comes while the model is being saved.
    """

    def job(on_progress, should_stop) -> TrainOutcome:
        from core.runs import delete_run, new_run_dir, save_run
        from core.training import train_classifier

        result = train_classifier(data_dir, config, on_progress=on_progress,
                                  should_stop=should_stop)
        if should_stop():
            raise TrainingCancelled("Training was cancelled; no model was saved.")
        folder = new_run_dir(runs_dir)
        on_progress(Progress("stage", PHASE_SAVING, "Saving the model", fraction=1.0,
                             elapsed=result.total_seconds, run_dir=folder))
        save_run(result, folder)
        if should_stop():
            delete_run(folder)
            raise TrainingCancelled("Training was cancelled; no model was saved.")
        evaluation = result.evaluation
        return TrainOutcome(
            run_dir=folder, summary=evaluation.summary(), evaluation=evaluation.to_dict(),
            class_names=tuple(result.class_names),
            history=tuple(dict(record.__dict__) for record in result.history),
            best_epoch=result.best_epoch, val_accuracy=evaluation.accuracy,
            total_seconds=result.total_seconds)

    return job


def make_list_job(runs_dir: Path) -> Job:
    """The saved runs in `runs_dir`, newest first (`core.run_index.SavedRun`s)."""
    return lambda _on_progress, _should_stop: list_saved_runs(runs_dir)


def make_read_job(folder: Path) -> Job:
    """The per-photo validation results of a saved run (None when they cannot be read)."""
    return lambda _on_progress, _should_stop: (folder, read_run_evaluation(folder))


def make_delete_job(folder: Path) -> Job:
    def job(_on_progress, _should_stop) -> Path:
        delete_saved_run(folder)
        return folder

    return job
