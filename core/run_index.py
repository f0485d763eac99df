"""Saved runs read without TensorFlow: list them, read their results, delete them.

`core.runs` writes runs and needs TensorFlow (it saves a Keras model); the window
only has to read the small JSON files beside the model, so it uses this module
and never loads TensorFlow to show a list.
"""

from __future__ import annotations

import json
import math
import os
import shutil
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from core.atomic import TRASH, claimed, hidden_sibling, is_leftover_name, settle, settle_folder
from core.errors import ModelFileError
from core.messages import QT_TRANSLATE_NOOP, say

# The files of a run folder; `core.model_files` and `core.runs` write them.
MODEL_FILE = "model.keras"
METADATA_FILE = "metadata.json"
EVALUATION_FILE = "evaluation.json"
LABELS_FILE = "labels.txt"
# Written last, when everything else of the run is on the disk: a folder without it
# (from format version 2 on) is a run whose saving did not finish, and is not shown.
COMPLETE_FILE = "run-complete.json"
# Everything a saved run consists of (`core.runs.save_run` writes exactly these).
RUN_FILES = (MODEL_FILE, METADATA_FILE, LABELS_FILE, EVALUATION_FILE, COMPLETE_FILE)
FORMAT_NAME = "alpaca-studio-model"
# 1: runs saved before `COMPLETE_FILE` existed (still read); 2: runs carry it.
FORMAT_VERSION = 2
# JSON files of ours are small; a bigger one is damaged or hostile, and is not read.
MAX_JSON_BYTES = 32_000_000
MAX_CLASSES = 1000
MAX_CLASS_NAME_LENGTH = 200
IMAGE_SIZE_RANGE = (8, 4096)


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
    settle(folder)  # a run a killed save left renamed aside comes back first
    if not (folder / MODEL_FILE).is_file() or not (folder / METADATA_FILE).is_file():
        return None
    try:
        values = read_json(folder / METADATA_FILE)
        if not isinstance(values, dict) or values.get("format") != FORMAT_NAME:
            return None
        values = validate_metadata(values, folder / METADATA_FILE)
        if incomplete_run_reason(folder, values):
            return None
        training = values["training"]
        metrics = values["metrics"]
        settings = (f"{training.get('frozen_epochs', '?')} + "
                    f"{training.get('fine_tune_epochs', '?')} epochs, "
                    f"{values['image_size']} px, seed {training.get('seed', '?')}")
        accuracy = metrics.get("val_accuracy")
        return SavedRun(folder, values["created"], tuple(values["class_names"]),
                        values["image_size"],
                        float(accuracy) if _is_number(accuracy) else None,
                        str(metrics.get("summary", "")), settings, training)
    except (ModelFileError, OSError, ValueError, TypeError, AttributeError):
        return None


def list_saved_runs(runs_dir: str | Path) -> list[SavedRun]:
    """The saved runs in `runs_dir`, newest first; unreadable or unfinished folders are left out."""
    runs_dir = Path(runs_dir)
    if not runs_dir.is_dir():
        return []
    settle_folder(runs_dir)  # what killed saves left behind is put right, or cleaned up
    # Hidden folders are runs still being saved (`core.runs.save_run`), or not runs at all.
    folders = [f for f in sorted(runs_dir.iterdir())
               if not f.name.startswith(".") and not is_leftover_name(f.name)]
    runs = [run for run in map(read_saved_run, folders) if run is not None]
    return sorted(runs, key=lambda run: run.created, reverse=True)


def read_run_evaluation(folder: str | Path) -> dict | None:
    """The per-photo validation results saved with a run (``Evaluation.to_dict()``)."""
    try:
        values = read_json(Path(folder) / EVALUATION_FILE)
    except (ModelFileError, OSError):
        return None
    return values if isinstance(values, dict) else None


def read_json(path: Path, limit: int = MAX_JSON_BYTES):
    """A JSON file of ours, refusing one too large or too deeply nested to be ours.

    Raises:
        ModelFileError: naming the file and what is wrong with it.
        OSError: it cannot be read.
    """
    size = os.stat(path).st_size
    if size > limit:
        raise ModelFileError(say(QT_TRANSLATE_NOOP(
            "core", "The file {path} is {size} MB, far more than such a file holds (at most "
            "{limit} MB); it is not read."),
            path=path, size=f"{size / 1e6:.0f}", limit=f"{limit / 1e6:.0f}"))
    try:
        with open(path, encoding="utf-8") as handle:
            return json.loads(handle.read(limit + 1))
    except (ValueError, RecursionError) as error:
        detail = QT_TRANSLATE_NOOP("core", "nested too deeply") \
            if isinstance(error, RecursionError) else " ".join(str(error).split())[:200]
        raise ModelFileError(say(QT_TRANSLATE_NOOP(
            "core", "The metadata file {path} is damaged ({detail})."),
            path=path, detail=detail)) from error


def validate_metadata(values, source: Path) -> dict:
    """Check a metadata document field by field; return it with defaults filled in.

    Raises:
        ModelFileError: naming the file, the field and what is wrong with its value.
    """
    def bad(field: str, problem: str, value=None, *, show: bool = True) -> ModelFileError:
        if show:
            return ModelFileError(say(QT_TRANSLATE_NOOP(
                "core", "The metadata file {path} is damaged: \"{field}\" {problem} (found "
                "{value})."), path=source, field=field, problem=problem, value=_short(value)))
        return ModelFileError(say(QT_TRANSLATE_NOOP(
            "core", "The metadata file {path} is damaged: \"{field}\" {problem}."),
            path=source, field=field, problem=problem))

    if not isinstance(values, dict):
        raise ModelFileError(say(QT_TRANSLATE_NOOP(
            "core", "The metadata file {path} is damaged: it holds a JSON {kind}, not the "
            "object of fields it should."), path=source, kind=_json_kind(values)))
    version = values.get("format_version", 1)
    if not _is_whole(version) or not 1 <= version <= FORMAT_VERSION:
        raise bad("format_version", say(QT_TRANSLATE_NOOP(
            "core", "must be a whole number from 1 to {newest} (a newer Alpaca Studio may have "
            "written it)"), newest=FORMAT_VERSION), version)
    if "class_names" not in values:
        raise bad("class_names", _MISSING, show=False)
    names = values["class_names"]
    if not isinstance(names, list) or not all(isinstance(n, str) for n in names):
        raise bad("class_names", QT_TRANSLATE_NOOP("core", "must be a list of names"), names)
    if not 2 <= len(names) <= MAX_CLASSES:
        raise bad("class_names", say(QT_TRANSLATE_NOOP(
            "core", "must name from 2 to {maximum} classes"), maximum=MAX_CLASSES), names)
    for name in names:
        problem = class_name_problem(name)
        if problem:
            raise bad("class_names", say(QT_TRANSLATE_NOOP("core", "holds a name that {problem}"),
                                         problem=problem), name)
    if len(set(names)) != len(names):
        raise bad("class_names", QT_TRANSLATE_NOOP("core", "names a class twice"), names)
    if "image_size" not in values:
        raise bad("image_size", _MISSING, show=False)
    size = values["image_size"]
    low, high = IMAGE_SIZE_RANGE
    if not _is_whole(size) or not low <= size <= high:
        raise bad("image_size", say(QT_TRANSLATE_NOOP(
            "core", "must be a whole number of pixels from {low} to {high}"),
            low=low, high=high), size)
    threshold = values.get("threshold", 0.5)
    if not _is_number(threshold) or not 0.0 < threshold < 1.0:
        raise bad("threshold", QT_TRANSLATE_NOOP(
            "core", "must be a number between 0 and 1 (exclusive)"), threshold)
    checked = dict(values)
    checked["format_version"], checked["threshold"] = version, float(threshold)
    for key in ("created", "output", "input"):
        value = values.get(key, "")
        if not isinstance(value, str):
            raise bad(key, QT_TRANSLATE_NOOP("core", "must be text"), value)
        checked[key] = value
    for key in ("training", "metrics", "dataset", "versions"):
        value = values.get(key, {})
        if not isinstance(value, dict):
            raise bad(key, QT_TRANSLATE_NOOP("core", "must be an object of fields"), value)
        checked[key] = value
    return checked


def class_name_problem(name: str) -> str:
    """Why `name` cannot be a class name in a model's files ("" when it can)."""
    if not name.strip():
        return QT_TRANSLATE_NOOP("core", "is empty")
    if len(name) > MAX_CLASS_NAME_LENGTH:
        return say(QT_TRANSLATE_NOOP("core", "is longer than {maximum} characters"),
                   maximum=MAX_CLASS_NAME_LENGTH)
    if any(ord(c) < 32 or ord(c) == 127 for c in name):
        return QT_TRANSLATE_NOOP("core", "holds a line break or another control character")
    if any(0xD800 <= ord(c) <= 0xDFFF for c in name):
        return QT_TRANSLATE_NOOP("core", "is not valid text (UTF-8)")
    return ""


def incomplete_run_reason(folder: Path, values: dict) -> str:
    """Why the run in `folder` is not complete ("" when it is).

    A run of format 2 is complete when its `COMPLETE_FILE`, written after every other
    file, is there and the files it lists are; a run saved before that (format 1)
    when its model and metadata are there. (Sizes are listed too, but not
    held against the files: a person may edit a metadata file by hand.)
    """
    marker = folder / COMPLETE_FILE
    if not os.path.lexists(marker):
        if values.get("format_version", 1) >= 2:
            return say(QT_TRANSLATE_NOOP("core", "it has no {file}: its saving did not finish"),
                       file=COMPLETE_FILE)
        # As read before the marker existed: the model and its metadata make a run.
        missing = [name for name in (MODEL_FILE, METADATA_FILE)
                   if not (folder / name).is_file()]
        return say(QT_TRANSLATE_NOOP("core", "{files} missing"), files=", ".join(missing)) \
            if missing else ""
    try:
        listed = read_json(marker, 1_000_000)
        files = listed["files"]
        for name in files:
            if os.path.basename(name) != name or not (folder / name).is_file():
                return say(QT_TRANSLATE_NOOP("core", "{file} is missing"), file=name)
        if not {MODEL_FILE, METADATA_FILE} <= set(files):
            return say(QT_TRANSLATE_NOOP("core", "its {file} does not list the model"),
                       file=COMPLETE_FILE)
    except (ModelFileError, OSError, KeyError, TypeError, AttributeError) as error:
        return say(QT_TRANSLATE_NOOP("core", "its {file} is damaged ({detail})"),
                   file=COMPLETE_FILE, detail=error)
    return ""


def complete_marker(folder: Path) -> str:
    """The text of `COMPLETE_FILE` for the run files now in `folder`."""
    files = {name: (folder / name).stat().st_size for name in RUN_FILES
             if name != COMPLETE_FILE and (folder / name).is_file()}
    return json.dumps({"format": FORMAT_NAME, "files": files}, indent=2) + "\n"


def delete_saved_run(folder: str | Path) -> None:
    """Delete a run folder we wrote (refuses any folder that is not a saved run)."""
    folder = Path(folder)
    if read_saved_run(folder) is None:
        raise ModelFileError(say(QT_TRANSLATE_NOOP(
            "core", "{folder} is not a saved Alpaca Studio run; nothing was deleted."),
            folder=folder))
    # Renamed to a hidden name first: a delete cut short never leaves half a run in the list.
    trash = hidden_sibling(folder, TRASH)
    with claimed(folder):
        os.rename(folder, trash)
    shutil.rmtree(trash, ignore_errors=True)


_MISSING = QT_TRANSLATE_NOOP("core", "is missing")


def _whole(value) -> int:
    return value if _is_whole(value) else 0


def _is_whole(value) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _is_number(value) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool) \
        and math.isfinite(value)


def _json_kind(value) -> str:
    return {list: "list", str: "string", bool: "true/false", type(None): "null"}.get(
        type(value), "number")


def _short(value) -> str:
    text = "null" if value is None else json.dumps(value, ensure_ascii=False) \
        if not isinstance(value, float) or math.isfinite(value) else str(value)
    return text if len(text) <= 60 else text[:57] + "…"
