"""The one background worker: run a callable off the GUI thread and report back by signals.

The job is a plain function ``job(on_progress, should_stop) -> result`` (the
shape of `core`'s long functions). Its progress events, result and exception
arrive as `progress`, `finished` and `failed` signals in the GUI thread; the job
itself never touches a widget.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QThread, Signal, Slot

Job = Callable[[Callable[[Any], None], Callable[[], bool]], Any]
# Every worker whose thread may still run, so the window can stop them all on close.
_LIVE: set[Worker] = set()


def stop_all_workers() -> None:
    """Stop every worker and wait for its thread (when the window closes)."""
    for worker in list(_LIVE):
        worker.stop()


class _Runner(QObject):
    progress = Signal(object)
    done = Signal(object)
    error = Signal(object)

    def __init__(self, job: Job, should_stop: Callable[[], bool]) -> None:
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

    progress = Signal(object)
    finished = Signal(object)
    failed = Signal(object)

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
