"""The Test page's background jobs: list runs, load a model, predict, export, copy.

Each factory returns a job for `app.worker.Worker`. The engine modules (which
import TensorFlow) are imported inside the jobs, in the worker's thread, so the
window never waits for TensorFlow.
"""

from __future__ import annotations

import threading
from collections import deque
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from app.engine import engine_loaded
from app.i18n import engine_text
from app.job import Job

if TYPE_CHECKING:
    from core.model_files import LoadedModel
    from core.photo_files import FileOperation
    from core.prediction import Prediction

# Photos per call of the engine: big enough to batch well, small enough that the
# first cards of a large folder appear within a second or two.
CHUNK = 32


def list_runs_job(runs_dir: Path | None) -> Job:
    def job(_on_progress, _should_stop):
        from core.run_index import list_saved_runs

        return [] if runs_dir is None else list_saved_runs(runs_dir)

    return job


def load_model_job(path: Path) -> Job:
    """Load the model and run it once on blank photos, so the first real photo is answered fast."""

    def job(_on_progress, _should_stop):
        import numpy as np

        from core.model_files import load_model
        from core.prediction import predict_arrays

        loaded = load_model(path)
        size = loaded.image_size
        # Two batch shapes: TensorFlow traces the graph for the first two it sees, then
        # keeps one graph for any batch size.
        for count in (1, 2):
            predict_arrays(loaded, np.zeros((count, size, size, 3), np.float32))
        engine_loaded()
        return loaded

    return job


@dataclass(frozen=True)
class PredictedChunk:
    predictions: tuple[Prediction, ...]
    done: int
    total: int
    # Folders that were dropped but hold no photo: the page says so instead of nothing.
    empty_folders: tuple[Path, ...] = ()


class PredictionQueue:
    """Photos waiting for an answer; the page adds, a prediction job takes, both at once."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._requests: deque[Path] = deque()  # files and folders as dropped
        self._files: deque[Path] = deque()  # what the folders hold, ready to predict
        self._taken: list[Path] = []  # given to a job; answered unless the job is cancelled
        self._empty: list[Path] = []  # folders that expanded to no photo, not yet reported
        self.done = 0
        self.total = 0
        # One chunk at a time through the model, even if a cancelled job is still finishing.
        self.model_lock = threading.Lock()

    def add(self, paths: Sequence[Path]) -> None:
        with self._lock:
            if not self._requests and not self._files:
                self.done = self.total = 0
            self._requests.extend(Path(p) for p in paths)

    def clear(self) -> None:
        with self._lock:
            self._requests.clear()
            self._files.clear()
            self._taken.clear()
            self._empty.clear()
            self.done = self.total = 0

    def drain(self, answered: set[Path]) -> list[Path]:
        """Empty the queue; return every photo or folder in it that has no answer in `answered`.

        That is what was still waiting, and what a job took but whose answers were
        not shown (a job cancelled because another model came).
        """
        with self._lock:
            waiting = [path for path in self._taken if path not in answered]
            waiting += [*self._files, *self._requests]
            self._requests.clear()
            self._files.clear()
            self._taken.clear()
            self.done = self.total = 0
        return waiting

    def has_pending(self) -> bool:
        with self._lock:
            return bool(self._requests or self._files)

    def take(self, count: int) -> list[Path]:
        """Up to `count` photos, after expanding every folder waiting (in the job's thread)."""
        from core.prediction import collect_photos

        with self._lock:
            requests = list(self._requests)
            self._requests.clear()
        files: list[Path] = []
        empty: list[Path] = []
        for request in requests:
            found = [path for path, _error in collect_photos([request])]
            if not found and request.is_dir():
                empty.append(request)
            files += found
        with self._lock:
            self._empty.extend(empty)
            self._files.extend(files)
            self.total += len(files)
            chunk = [self._files.popleft() for _ in range(min(count, len(self._files)))]
            self._taken.extend(chunk)
            return chunk

    def take_empty_folders(self) -> tuple[Path, ...]:
        """The dropped folders found to hold no photo since the last call."""
        with self._lock:
            empty = tuple(self._empty)
            self._empty.clear()
            return empty

    def count_done(self, count: int) -> tuple[int, int]:
        with self._lock:
            self.done += count
            return self.done, self.total


def predict_job(loaded: LoadedModel, queue: PredictionQueue) -> Job:
    """Predict what `queue` holds, chunk by chunk, until it is empty or the job is stopped.

    Each chunk's answers arrive as one `PredictedChunk` progress event, so the
    cards appear while a large folder is still being worked through, and a
    cancel keeps what was already answered.
    """

    def job(on_progress, should_stop):
        from core.prediction import predict_files

        while not should_stop():
            chunk = queue.take(CHUNK)
            empty = queue.take_empty_folders()
            if empty:
                on_progress(PredictedChunk((), *queue.count_done(0), empty))
            if not chunk:
                return None
            with queue.model_lock:
                predictions = predict_files(loaded, chunk, batch_size=CHUNK)
            if should_stop():
                return None
            done, total = queue.count_done(len(chunk))
            on_progress(PredictedChunk(tuple(predictions), done, total))
        return None

    return job


def export_job(loaded: LoadedModel, format: str, out: Path, *, overwrite: bool = False) -> Job:
    """Export `loaded`; what is in the way is replaced only with `overwrite` (the user agreed).

    Without it, anything in the way fails the job with `core.export.ExportExistsError`.
    """

    def job(_on_progress, _should_stop):
        from core.export import export_model

        return export_model(loaded, format, out, overwrite=overwrite)

    return job


def csv_job(predictions: Sequence[Prediction], class_names: Sequence[str], out: Path) -> Job:
    def job(_on_progress, _should_stop):
        from core.prediction import write_csv

        return write_csv(predictions, class_names, out)

    return job


@dataclass(frozen=True)
class CopyReport:
    destination: Path
    operations: tuple[FileOperation, ...]  # the copies made, to undo them exactly
    made_folders: tuple[Path, ...]  # class folders that were not there before
    failed: tuple[str, ...]  # one plain sentence per photo that could not be copied

    @property
    def copied(self) -> tuple[Path, ...]:
        """The new copies."""
        return tuple(operation.destination for operation in self.operations)


def copy_into_class_folders_job(photos: Sequence[tuple[Path, str]], destination: Path, *,
                                make_folders: bool = True) -> Job:
    """Copy (never move) each photo into ``destination/<its class>``.

    `photos` pairs each photo with its class: the one the person put it in, else the
    model's answer. Without `make_folders` (the destination is the workspace) a
    photo is copied only into a class folder that is already there.
    """

    def job(on_progress, should_stop):
        from core.photo_files import PhotoFileError
        from core.workspace import WorkspaceError

        operations, made, failed = [], [], []
        for number, (photo, class_name) in enumerate(photos):
            if should_stop():
                break
            try:
                operations.append(_copy_into_class_folder(photo, class_name, destination,
                                                          make_folders, made))
            except (PhotoFileError, WorkspaceError) as error:
                failed.append(str(error))  # said in the window's language where shown
            on_progress((number + 1, len(photos)))
        return CopyReport(destination, tuple(operations), tuple(made), tuple(failed))

    return job


def _copy_into_class_folder(photo: Path, class_name: str, destination: Path,
                            make_folders: bool, made: list[Path]) -> FileOperation:
    from core.photo_files import copy_photo
    from core.workspace import WorkspaceError, check_class_name

    name = photo.name
    try:
        # A class name read from a model file must stay one folder inside `destination`.
        folder = destination / check_class_name(class_name, [])
    except WorkspaceError as error:
        raise WorkspaceError(QCoreApplication.translate("PredictJobs", "{photo}: {reason}").format(
            photo=name, reason=engine_text(str(error)))) from error
    if make_folders and not folder.is_dir():
        try:
            if not destination.is_dir():
                destination.mkdir(parents=True)
                made.append(destination)
            folder.mkdir()
        except OSError as error:
            raise WorkspaceError(QCoreApplication.translate(
                "PredictJobs", "{photo}: the folder {folder} cannot be made ({reason})").format(
                photo=name, folder=folder, reason=error.strerror or error)) from error
        made.append(folder)
    elif not folder.is_dir():
        raise WorkspaceError(QCoreApplication.translate(
            "PredictJobs", "{photo}: your workspace has no class “{name}”").format(
            photo=name, name=class_name))
    return copy_photo(photo, folder)
