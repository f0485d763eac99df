"""Saved runs read without TensorFlow: list them, read their results, delete them.

`core.runs` writes runs and needs TensorFlow (it saves a Keras model); the window
only has to read the small JSON files beside the model, so it uses this module
and never loads TensorFlow to show a list.
"""

from __future__ import annotations

import json
import shutil
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from core.errors import ModelFileError

# The files of a run folder; `core.model_files` and `core.runs` write them.
MODEL_FILE = "model.keras"
METADATA_FILE = "metadata.json"
EVALUATION_FILE = "evaluation.json"
LABELS_FILE = "labels.txt"
# Everything a saved run consists of (`core.runs.save_run` writes exactly these).
RUN_FILES = (MODEL_FILE, METADATA_FILE, LABELS_FILE, EVALUATION_FILE)
FORMAT_NAME = "alpaca-studio-model"


@dataclass(frozen=True)
class SavedRun:
    """One saved run, as listed for a person choosing a model."""

    path: Path
    created: str
    class_names: tuple[str, ...]
    image_size: int
    val_accuracy: float | None
    summary: str
    settings: str
    training: dict = field(default_factory=dict, repr=False, compare=False)

    @property
    def created_at(self) -> datetime | None:
        try:
            return datetime.fromisoformat(self.created)
        except ValueError:
            return None

    @property
    def augmentation(self) -> dict | None:
        value = self.training.get("augmentation")
        return value if isinstance(value, dict) else None

    @property
    def history(self) -> tuple[dict, ...]:
        value = self.training.get("history")
        return tuple(r for r in value if isinstance(r, dict)) if isinstance(value, list) else ()

    @property
    def frozen_epochs(self) -> int:
        return _whole(self.training.get("frozen_epochs"))

    @property
    def fine_tune_epochs(self) -> int:
        return _whole(self.training.get("fine_tune_epochs"))


def read_saved_run(folder: str | Path) -> SavedRun | None:
    """The run saved in `folder`; None when it is not a complete, readable run of ours."""
    folder = Path(folder)
    if not (folder / MODEL_FILE).is_file() or not (folder / METADATA_FILE).is_file():
        return None
    try:
        values = json.loads((folder / METADATA_FILE).read_text(encoding="utf-8"))
        if values.get("format") != FORMAT_NAME:
            return None
        training = dict(values.get("training") or {})
        metrics = dict(values.get("metrics") or {})
        settings = (f"{training.get('frozen_epochs', '?')} + "
                    f"{training.get('fine_tune_epochs', '?')} epochs, "
                    f"{values.get('image_size', '?')} px, seed {training.get('seed', '?')}")
        accuracy = metrics.get("val_accuracy")
        return SavedRun(folder, str(values.get("created", "")),
                        tuple(str(n) for n in values.get("class_names", ())),
                        int(values.get("image_size", 0)),
                        float(accuracy) if isinstance(accuracy, (int, float)) else None,
                        str(metrics.get("summary", "")), settings, training)
    except (OSError, ValueError, TypeError, AttributeError):
        return None


def list_saved_runs(runs_dir: str | Path) -> list[SavedRun]:
    """The saved runs in `runs_dir`, newest first; unreadable folders are left out."""
    runs_dir = Path(runs_dir)
    if not runs_dir.is_dir():
        return []
    # Hidden folders are runs still being saved (`core.runs.save_run`), or not runs at all.
    folders = [f for f in sorted(runs_dir.iterdir()) if not f.name.startswith(".")]
    runs = [run for run in map(read_saved_run, folders) if run is not None]
    return sorted(runs, key=lambda run: run.created, reverse=True)


def read_run_evaluation(folder: str | Path) -> dict | None:
    """The per-photo validation results saved with a run (``Evaluation.to_dict()``)."""
    try:
        values = json.loads((Path(folder) / EVALUATION_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return values if isinstance(values, dict) else None


def delete_saved_run(folder: str | Path) -> None:
    """Delete a run folder we wrote (refuses any folder that is not a saved run)."""
    folder = Path(folder)
    if read_saved_run(folder) is None:
        raise ModelFileError(f"{folder} is not a saved Alpaca Studio run; nothing was deleted.")
    shutil.rmtree(folder)


def _whole(value) -> int:
    return value if isinstance(value, int) else 0
