"""Training in a separate process, driven from a `Worker` thread of the window.

TensorFlow holds Python's GIL for hundreds of milliseconds at a time while it
builds and traces a model; in a thread of the window's process that freezes the
window. In its own process it cannot, the window never loads TensorFlow for
training, and a run stuck in a step that does not poll for Cancel (loading
MobileNetV2) can still be stopped: it is terminated after `STOP_GRACE` seconds.
"""

from __future__ import annotations

import dataclasses
import multiprocessing
import os
import pickle
import queue
import shutil
import time
from pathlib import Path

from app.steps.train.errors import is_out_of_memory
from app.steps.train.jobs import Job, Progress, TrainOutcome, make_training_job
from core.errors import CoreError, TrainingCancelled
from core.train_config import TrainConfig

STOP_GRACE = 1.5  # seconds a cancelled run gets to stop by itself before it is terminated
POLL = 0.05
NICENESS = 5


def make_process_training_job(data_dir: Path, config: TrainConfig, runs_dir: Path) -> Job:
    """Like `make_training_job`, with the training itself in a child process."""

    def job(on_progress, should_stop) -> TrainOutcome:
        context = multiprocessing.get_context("spawn")
        messages = context.Queue()
        stop = context.Event()
        child = context.Process(target=_child_main, name="alpaca-studio-training",
                                args=(Path(data_dir), config, Path(runs_dir), messages, stop),
                                daemon=True)
        child.start()
        saving: Path | None = None
        stop_asked: float | None = None
        try:
            while True:
                if stop_asked is None and should_stop():
                    stop.set()
                    stop_asked = time.monotonic()
                if stop_asked is not None and time.monotonic() - stop_asked > STOP_GRACE:
                    child.terminate()
                    child.join(5)
                    if saving is not None:
                        shutil.rmtree(saving, ignore_errors=True)  # half written, never shown
                    raise TrainingCancelled("Training was cancelled; no model was saved.")
                try:
                    kind, payload = messages.get(timeout=POLL)
                except queue.Empty:
                    if not child.is_alive() and messages.empty():
                        raise _died(child.exitcode) from None
                    continue
                if kind == "progress":
                    saving = payload.run_dir or saving
                    if stop_asked is None:
                        on_progress(payload)
                elif kind == "result":
                    if stop_asked is not None:  # finished just as Cancel came: not kept
                        shutil.rmtree(payload.run_dir, ignore_errors=True)
                        raise TrainingCancelled("Training was cancelled; no model was saved.")
                    return payload
                else:
                    raise payload
        finally:
            child.join(5)
            if child.is_alive():
                child.terminate()
                child.join(5)
            messages.close()
            messages.join_thread()

    return job


def _died(exit_code: int | None) -> Exception:
    # Said in the window's language here (this runs in the window's process; the training
    # process, which imports this module too, stays free of Qt).
    from PySide6.QtCore import QCoreApplication

    if exit_code is not None and exit_code < 0:
        return MemoryError(QCoreApplication.translate(
            "TrainProcess", "The training process was stopped by the system (signal "
            "{signal}), most likely because memory ran out.").format(signal=-exit_code))
    return CoreError(QCoreApplication.translate(
        "TrainProcess", "The training process ended unexpectedly (exit code {code}).").format(
            code=exit_code))


def _child_main(data_dir: Path, config: TrainConfig, runs_dir: Path, messages, stop) -> None:
    """The training process: train, save, and report everything through `messages`."""
    os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "2")
    if hasattr(os, "nice"):
        # Training takes every core it gets; the window (and the desktop) must come first.
        os.nice(NICENESS)

    def report(event) -> None:
        # A plain copy: unpickling `core.training.TrainProgress` would import TensorFlow.
        values = {f.name: getattr(event, f.name) for f in dataclasses.fields(Progress)
                  if hasattr(event, f.name)}
        messages.put(("progress", Progress(**values)))

    try:
        outcome = make_training_job(data_dir, config, runs_dir)(report, stop.is_set)
    except BaseException as error:  # every failure goes back to the window, which explains it
        messages.put(("error", _portable(error)))
    else:
        messages.put(("result", outcome))
    messages.close()
    messages.join_thread()


def _portable(error: BaseException) -> BaseException:
    """`error` as something the window can unpickle without TensorFlow."""
    if is_out_of_memory(error):
        return MemoryError(str(error))
    if type(error).__module__.startswith("core."):
        try:
            return pickle.loads(pickle.dumps(error))
        except Exception:
            return CoreError(str(error))
    if isinstance(error, (OSError, ValueError, MemoryError)):
        try:
            return pickle.loads(pickle.dumps(error))
        except Exception:
            pass
    return RuntimeError(f"{type(error).__name__}: {error}")
