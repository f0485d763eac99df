"""Training runs on disk: saving a finished run, listing and deleting earlier ones."""

from __future__ import annotations

import json
import shutil
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from core.errors import ModelFileError
from core.model_files import (
    FORMAT_NAME,
    METADATA_FILE,
    MODEL_FILE,
    ModelMetadata,
    library_versions,
    now_iso,
    save_model,
    write_text_atomic,
)
from core.training import TrainResult

EVALUATION_FILE = "evaluation.json"


@dataclass(frozen=True)
class RunInfo:
    """One saved run, as listed for a person choosing a model."""

    path: Path
    created: str
    class_names: tuple[str, ...]
    image_size: int
    val_accuracy: float | None
    summary: str
    settings: str

    @property
    def created_at(self) -> datetime | None:
        try:
            return datetime.fromisoformat(self.created)
        except ValueError:
            return None


def metadata_for(result: TrainResult) -> ModelMetadata:
    evaluation = result.evaluation
    report = result.report
    return ModelMetadata(
        class_names=result.class_names,
        image_size=result.config.image_size,
        threshold=evaluation.threshold,
        created=now_iso(),
        training={**result.config.to_dict(), "best_epoch": result.best_epoch,
                  "seconds_frozen": round(result.seconds_frozen, 2),
                  "seconds_fine_tune": round(result.seconds_fine_tune, 2),
                  "total_seconds": round(result.total_seconds, 2),
                  "history": [record.__dict__ for record in result.history]},
        metrics={"val_accuracy": evaluation.accuracy,
                 "val_accuracy_frozen": result.val_accuracy_frozen,
                 "correct": evaluation.correct, "total": evaluation.total,
                 "summary": evaluation.summary(),
                 "per_class": evaluation.to_dict()["per_class"],
                 "confusion_matrix": evaluation.to_dict()["confusion_matrix"]},
        dataset={"root": str(report.root), "fingerprint": report.fingerprint,
                 "counts": report.counts, "train": int(len(result.split.train)),
                 "validation": int(len(result.split.validation)),
                 "skipped": len(report.skipped)},
        versions=library_versions(),
    )


def save_run(result: TrainResult, out_dir: str | Path) -> Path:
    """Save a finished run: model, metadata, labels and the per-photo validation results."""
    out_dir = Path(out_dir)
    model_path = save_model(result.model, metadata_for(result), out_dir)
    write_text_atomic(out_dir / EVALUATION_FILE,
                      json.dumps(result.evaluation.to_dict(), indent=2, ensure_ascii=False))
    return model_path


def new_run_dir(runs_dir: str | Path) -> Path:
    """A fresh, unused folder name for a run, named after the time it starts."""
    runs_dir = Path(runs_dir)
    stamp = datetime.now().strftime("%Y-%m-%d_%H-%M-%S")
    candidate, number = runs_dir / stamp, 2
    while candidate.exists():
        candidate, number = runs_dir / f"{stamp}_{number}", number + 1
    return candidate


def list_runs(runs_dir: str | Path) -> list[RunInfo]:
    """The saved runs in `runs_dir`, newest first; unreadable folders are left out."""
    runs_dir = Path(runs_dir)
    runs = []
    if not runs_dir.is_dir():
        return runs
    for folder in runs_dir.iterdir():
        info = read_run(folder)
        if info is not None:
            runs.append(info)
    return sorted(runs, key=lambda run: run.created, reverse=True)


def read_run(folder: Path) -> RunInfo | None:
    if not (folder / MODEL_FILE).is_file() or not (folder / METADATA_FILE).is_file():
        return None
    try:
        values = json.loads((folder / METADATA_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if values.get("format") != FORMAT_NAME:
        return None
    training = values.get("training", {})
    metrics = values.get("metrics", {})
    settings = (f"{training.get('frozen_epochs', '?')} + {training.get('fine_tune_epochs', '?')} "
                f"epochs, {values.get('image_size', '?')} px, seed {training.get('seed', '?')}")
    return RunInfo(folder, str(values.get("created", "")),
                   tuple(values.get("class_names", ())), int(values.get("image_size", 0)),
                   metrics.get("val_accuracy"), str(metrics.get("summary", "")), settings)


def read_evaluation(folder: str | Path) -> dict | None:
    path = Path(folder) / EVALUATION_FILE
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None


def delete_run(folder: str | Path) -> None:
    """Delete a run folder we wrote (refuses any folder that is not a saved run)."""
    folder = Path(folder)
    if read_run(folder) is None:
        raise ModelFileError(f"{folder} is not a saved Alpaca Studio run; nothing was deleted.")
    shutil.rmtree(folder)
