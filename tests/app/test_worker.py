"""The background worker: results, errors and progress arrive in the GUI thread; stop works."""

from __future__ import annotations

import threading
import time

from app.worker import Worker


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
