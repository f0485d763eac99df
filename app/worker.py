"""Background jobs: run a callable off the GUI thread and report back by signals.

The job is a plain function ``job(on_progress, should_stop) -> result`` (the
shape of `core`'s long functions, `app.job.Job`). Its progress events, result and exception
arrive in the GUI thread; the job itself never touches a widget.

Call sites are one line, in the spirit of Anki's ``QueryOp(...).success(...)``
and Orange's ``ConcurrentMixin``. An owner keeps one *policy* per kind of job:

- `NewestWins`: starting a job drops the one before (it is asked to stop and its
  result is never delivered). For answers that only the latest request matters to:
  a preview, a photo check, the list of runs.
- `OneAtATime`: while a job runs, another is refused (``start`` returns None). A job
  started after the running one was cancelled waits for it to end before it runs, so
  two never overlap (training, file writing, a queue worked through by one job).

A job whose failure nobody handles shows a plain message (`show_failure`).
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QThread, Signal, Slot
from PySide6.QtWidgets import QMessageBox, QWidget

from app.i18n import engine_text
from app.job import Job, OnProgress, ShouldStop
from core.errors import CoreError

Slot1 = Callable[[Any], Any]
# Every worker whose thread may still run, so the window can stop them all on close.
_LIVE: set[Worker] = set()


def stop_all_workers() -> None:
    """Stop every worker and wait for its thread (when the window closes)."""
    for worker in list(_LIVE):
        worker.stop()


def plain_reason(error: BaseException) -> str:
    """What went wrong, in words for the person (core's errors already are)."""
    if isinstance(error, CoreError):
        return engine_text(str(error))
    if isinstance(error, MemoryError):
        return QCoreApplication.translate("worker", "This computer ran out of memory.")
    if isinstance(error, OSError):
        reason = error.strerror or str(error)
        if error.filename:
            return QCoreApplication.translate(
                "worker", "A file could not be read or written ({file}): {reason}.").format(
                file=error.filename, reason=reason)
        return QCoreApplication.translate(
            "worker", "A file could not be read or written: {reason}.").format(reason=reason)
    return QCoreApplication.translate("worker", "Something went wrong: {error}").format(
        error=error)


def show_failure(owner: QObject | None, error: BaseException) -> None:
    """The default failure route: a plain message over the owner's window."""
    parent = owner.window() if isinstance(owner, QWidget) else None
    QMessageBox.warning(parent, "Alpaca Studio", plain_reason(error))


class _Runner(QObject):
    progress = Signal(object)
    done = Signal(object)
    error = Signal(object)

    def __init__(self, job: Job, should_stop: ShouldStop) -> None:
        super().__init__()
        self._job = job
        self._should_stop = should_stop

    @Slot()
    def run(self) -> None:
        try:
            result = self._job(self.progress.emit, self._should_stop)
        except Exception as error:  # handed to the GUI thread, which shows it
            self.error.emit(error)
        else:
            self.done.emit(result)


class Worker(QObject):
    """Runs `job` in its own thread once `start()` is called."""

    progress = Signal(object)  # each event the job reports
    finished = Signal(object)  # the job's result
    failed = Signal(object)  # the exception the job raised

    def __init__(self, job: Job, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._stop_event = threading.Event()
        self._stopped = False
        self._running = False
        self._thread = QThread()
        self._runner = _Runner(job, self._stop_event.is_set)
        self._runner.moveToThread(self._thread)
        self._thread.started.connect(self._runner.run)
        self._runner.progress.connect(self._relay_progress)
        self._runner.done.connect(self._on_done)
        self._runner.error.connect(self._on_error)

    @property
    def is_running(self) -> bool:
        return self._running

    def start(self) -> None:
        self._running = True
        _LIVE.add(self)
        self._thread.start()

    def cancel(self) -> None:
        """Ask the job to stop without waiting for it; no signal is emitted afterwards."""
        self._stopped = True
        self._stop_event.set()

    def stop(self) -> None:
        """Ask the job to stop and wait for its thread; no signal is emitted afterwards."""
        self._stopped = True
        self._stop_event.set()
        self._finish_thread()

    def _finish_thread(self) -> None:
        self._thread.quit()
        self._thread.wait()
        self._running = False
        _LIVE.discard(self)

    @Slot(object)
    def _relay_progress(self, event: object) -> None:
        if not self._stopped:
            self.progress.emit(event)

    @Slot(object)
    def _on_done(self, result: object) -> None:
        self._finish_thread()
        if not self._stopped:
            self.finished.emit(result)

    @Slot(object)
    def _on_error(self, error: object) -> None:
        self._finish_thread()
        if not self._stopped:
            self.failed.emit(error)


def run_in_background(owner: QObject, job: Job, success: Slot1 | None = None, *,
                      failure: Slot1 | None = None, progress: Slot1 | None = None) -> Worker:
    """Start `job` now; `success(result)`, `failure(error)` (default: `show_failure`)."""
    worker = Worker(job, owner)
    if progress is not None:
        worker.progress.connect(progress)
    if success is not None:
        worker.finished.connect(success)
    worker.failed.connect(failure if failure is not None
                          else (lambda error: show_failure(owner, error)))
    worker.start()
    return worker


class _Policy:
    """One kind of job of one owner; `shutdown()` stops it and waits."""

    def __init__(self, owner: QObject) -> None:
        self._owner = owner
        self._current: Worker | None = None

    @property
    def busy(self) -> bool:
        """A job of this kind is running and will report back."""
        return self._current is not None

    @property
    def current(self) -> Worker | None:
        return self._current

    def cancel(self) -> None:
        """Drop the running job: it is asked to stop and reports nothing more."""
        worker, self._current = self._current, None
        if worker is not None:
            worker.cancel()

    def shutdown(self) -> None:
        """Stop the running job and wait for its thread."""
        worker, self._current = self._current, None
        if worker is not None:
            worker.stop()

    def _launch(self, job: Job, success: Slot1 | None, failure: Slot1 | None,
                progress: Slot1 | None) -> Worker:
        worker = Worker(job, self._owner)
        self._current = worker

        def ended(handler: Slot1 | None, value: object, *, is_failure: bool) -> None:
            if self._current is worker:
                self._current = None
            if handler is not None:
                handler(value)
            elif is_failure:
                show_failure(self._owner, value)  # type: ignore[arg-type]

        if progress is not None:
            worker.progress.connect(progress)
        worker.finished.connect(lambda result: ended(success, result, is_failure=False))
        worker.failed.connect(lambda error: ended(failure, error, is_failure=True))
        worker.start()
        return worker


class NewestWins(_Policy):
    """Starting a job drops the one before: only the newest reports back."""

    def start(self, job: Job, success: Slot1 | None = None, *, failure: Slot1 | None = None,
              progress: Slot1 | None = None) -> Worker:
        self.cancel()
        return self._launch(job, success, failure, progress)


class OneAtATime(_Policy):
    """One job at a time: refused while one runs; after a cancel, the next waits its turn.

    A cancelled job may still be inside a step that cannot be interrupted (loading
    MobileNetV2); the page is usable at once, and the next job waits for the thread
    of the cancelled one, reporting `waiting` as a progress event meanwhile.
    """

    def __init__(self, owner: QObject) -> None:
        super().__init__(owner)
        self._ended: threading.Event | None = None  # set when the last job's thread ends
        self._left: list[Worker] = []  # cancelled jobs still running

    def start(self, job: Job, success: Slot1 | None = None, *, failure: Slot1 | None = None,
              progress: Slot1 | None = None, waiting: object = None) -> Worker | None:
        if self.busy:
            return None
        previous, ended = self._ended, threading.Event()
        self._ended = ended

        def in_turn(on_progress: OnProgress, should_stop: ShouldStop):
            try:
                if previous is not None and not previous.is_set():
                    if waiting is not None:
                        on_progress(waiting)
                    while not previous.wait(0.05):
                        if should_stop():
                            return None
                return job(on_progress, should_stop)
            finally:
                ended.set()

        return self._launch(in_turn, success, failure, progress)

    def cancel(self) -> None:
        if self._current is not None:
            self._left = [w for w in self._left if w.is_running] + [self._current]
        super().cancel()

    def shutdown(self) -> None:
        for worker in self._left:
            worker.stop()
        self._left = []
        super().shutdown()
