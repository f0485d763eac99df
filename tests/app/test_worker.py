"""The background worker: results, errors and progress arrive in the GUI thread; stop works."""

from __future__ import annotations

import threading
import time

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMessageBox

from app.worker import NewestWins, OneAtATime, Worker, run_in_background
from core.errors import DatasetError


def test_progress_and_result_arrive_in_the_gui_thread(qtbot):
    gui = threading.current_thread()
    seen = []

    def job(on_progress, should_stop):
        for step in range(3):
            on_progress(step)
        return threading.current_thread() is not gui

    worker = Worker(job)
    worker.progress.connect(lambda step: seen.append((step, threading.current_thread())))
    with qtbot.waitSignal(worker.finished, timeout=5000) as finished:
        with qtbot.assertNotEmitted(worker.failed):
            worker.start()
    assert finished.args == [True], "the job ran off the GUI thread"
    assert seen == [(0, gui), (1, gui), (2, gui)]
    assert not worker.is_running


def test_an_exception_is_reported_not_swallowed(qtbot):
    def job(on_progress, should_stop):
        raise ValueError("bad value")

    worker = Worker(job)
    with qtbot.waitSignal(worker.failed, timeout=5000) as failed:
        worker.start()
    assert isinstance(failed.args[0], ValueError) and "bad value" in str(failed.args[0])


def test_stop_asks_the_job_to_end_and_waits_for_it(qtbot):
    started = threading.Event()

    def job(on_progress, should_stop):
        started.set()
        while not should_stop():
            time.sleep(0.01)
        return "stopped"

    worker = Worker(job)
    worker.start()
    assert started.wait(5)
    begin = time.monotonic()
    with qtbot.assertNotEmitted(worker.finished, wait=100):
        worker.stop()
    assert time.monotonic() - begin < 1
    assert not worker.is_running


def _gated(release: threading.Event, value, ended: list | None = None):
    """A job that waits for `release` (or a stop), then returns `value`."""

    def job(on_progress, should_stop):
        while not release.wait(0.01):
            if should_stop():
                break
        if ended is not None:
            ended.append(value)
        return value

    return job


def test_newest_wins_drops_the_older_answer(qtbot):
    owner = QObject()
    jobs = NewestWins(owner)
    results = []
    first, second = threading.Event(), threading.Event()
    jobs.start(_gated(first, "old"), results.append)
    jobs.start(_gated(second, "new"), results.append)
    second.set()
    qtbot.waitUntil(lambda: results == ["new"], timeout=5000)
    first.set()
    qtbot.wait(100)
    assert results == ["new"] and not jobs.busy


def test_one_at_a_time_refuses_a_second_job_while_one_runs(qtbot):
    owner = QObject()
    jobs = OneAtATime(owner)
    release = threading.Event()
    results = []
    assert jobs.start(_gated(release, 1), results.append) is not None
    assert jobs.busy
    assert jobs.start(_gated(release, 2), results.append) is None
    release.set()
    qtbot.waitUntil(lambda: results == [1], timeout=5000)
    assert not jobs.busy


def test_after_a_cancel_the_next_job_waits_for_the_cancelled_one_to_end(qtbot):
    owner = QObject()
    jobs = OneAtATime(owner)
    old_release = threading.Event()
    ended: list = []
    progress: list = []
    results: list = []

    def uninterruptible(_on_progress, _should_stop):  # like loading MobileNetV2
        old_release.wait(10)
        ended.append("cancelled")
        return "cancelled"

    jobs.start(uninterruptible, results.append)
    jobs.cancel()  # the page is usable at once; the old thread still runs
    assert not jobs.busy
    jobs.start(lambda _on_progress, _should_stop: ended.append("next") or "next",
               results.append, progress=progress.append, waiting="waiting")
    qtbot.waitUntil(lambda: progress == ["waiting"], timeout=5000)
    qtbot.wait(100)
    assert ended == [], "the next job did not start while the cancelled one ran"
    old_release.set()
    qtbot.waitUntil(lambda: results == ["next"], timeout=5000)
    assert ended == ["cancelled", "next"]


def test_a_failure_nobody_handles_is_shown_in_plain_words(qtbot, monkeypatch):
    shown = []
    monkeypatch.setattr(QMessageBox, "warning",
                        lambda _parent, _title, text, *a, **k: shown.append(text))
    owner = QObject()

    def job(on_progress, should_stop):
        raise DatasetError("Class 'alpaca' has no photos.")

    NewestWins(owner).start(job)
    qtbot.waitUntil(lambda: bool(shown), timeout=5000)
    assert shown == ["Class 'alpaca' has no photos."]
    shown.clear()
    run_in_background(owner, lambda _p, _s: open("/nonexistent/x.jpg"))
    qtbot.waitUntil(lambda: bool(shown), timeout=5000)
    assert shown[0].startswith("A file could not be read or written (/nonexistent/x.jpg)")
