"""The photo check on many cores: bounded threads, bounded results, bounded pixels, a prompt stop.

Each bound is asserted by instrumenting the decode (`core.dataset.checked_photo`),
never by timing: what a person would notice is memory that stays flat on a machine
with many cores, and a Cancel that does not wait for thousands of photos.
"""

from __future__ import annotations

import os
import threading
import time
from pathlib import Path

import pytest
from PIL import Image

import core.dataset as dataset
from core.dataset import CheckProgress, check_dataset
from core.errors import TrainingCancelled
from core.photo_check import (
    MAX_WORKERS,
    PENDING_PER_WORKER,
    PixelBudget,
    decoded_pixels,
    default_workers,
    map_bounded,
)
from tests.badfiles import add_distinct_photos


class DecodeWatch:
    """Wraps `checked_photo`: how many decodes ran at once, started, and on which threads."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch, pause: float = 0.0) -> None:
        self._real = dataset.checked_photo
        self._lock = threading.Lock()
        self.pause = pause
        self.running = 0
        self.most_at_once = 0
        self.started = 0
        self.threads: set[int] = set()
        monkeypatch.setattr(dataset, "checked_photo", self._checked)

    def _checked(self, path, image_size=None):
        with self._lock:
            self.running += 1
            self.started += 1
            self.most_at_once = max(self.most_at_once, self.running)
            self.threads.add(threading.get_ident())
        try:
            if self.pause:
                time.sleep(self.pause)  # a slow disk: lets the other threads overlap
            return self._real(path, image_size)
        finally:
            with self._lock:
                self.running -= 1


def _photos(root: Path, per_class: int) -> Path:
    add_distinct_photos(root / "a", per_class)
    add_distinct_photos(root / "b", per_class, first=5000)
    return root


def test_the_check_never_runs_ahead_of_its_reader_by_more_than_a_few_photos(
        tmp_path, monkeypatch):
    # A slow reader (a progress bar on a slow terminal, a busy window): finished results
    # must not pile up while it is behind, or memory would grow with the photos.
    root = _photos(tmp_path, 30)
    watch = DecodeWatch(monkeypatch)
    ahead: list[int] = []

    def slow_reader(event: CheckProgress) -> None:
        ahead.append(watch.started - event.done)
        time.sleep(0.005)

    report = check_dataset(root, workers=2, on_progress=slow_reader)
    assert len(report.photos) == 60
    assert max(ahead) <= 2 * PENDING_PER_WORKER


def test_more_threads_than_the_budget_allows_decode_no_more_pixels_at_once(
        tmp_path, monkeypatch):
    for number in range(14):  # PNGs decode at full size: 100×100 = 10,000 pixels each
        folder = tmp_path / ("a" if number % 2 else "b")
        folder.mkdir(exist_ok=True)
        Image.new("RGB", (100, 100), (number * 15, 0, 0)).save(folder / f"p{number:02d}.png")
    budget = PixelBudget(limit=25_000)
    watch = DecodeWatch(monkeypatch, pause=0.02)

    report = check_dataset(tmp_path, workers=6, budget=budget)

    assert len(report.photos) == 14
    assert budget.peak <= 25_000
    assert watch.most_at_once <= 2  # two 10,000-pixel pictures fit, a third would not
    assert budget.in_use == 0


def test_a_picture_larger_than_the_whole_budget_is_still_checked_alone(tmp_path, monkeypatch):
    folder = tmp_path / "giant"
    folder.mkdir(parents=True)
    for number in range(3):
        Image.new("RGB", (200, 200), (0, number * 50, 0)).save(folder / f"g{number}.png")
    add_distinct_photos(tmp_path / "other", 3)
    budget = PixelBudget(limit=10_000)  # each picture alone is 40,000 pixels
    watch = DecodeWatch(monkeypatch, pause=0.02)

    report = check_dataset(tmp_path, workers=4, budget=budget)

    assert len(report.photos) == 6 and not report.skipped
    assert watch.most_at_once <= 4
    # A giant held the whole budget: nothing else ran beside it.
    assert budget.peak <= budget.limit


def test_the_threads_stay_few_on_a_machine_with_many_cores(tmp_path, monkeypatch):
    root = _photos(tmp_path, 20)
    monkeypatch.setattr(os, "cpu_count", lambda: 64)
    watch = DecodeWatch(monkeypatch, pause=0.01)

    check_dataset(root)

    assert default_workers() == MAX_WORKERS
    assert 1 <= len(watch.threads) <= MAX_WORKERS


def test_cancel_opens_no_more_photos_once_asked(tmp_path, monkeypatch):
    root = _photos(tmp_path, 100)
    watch = DecodeWatch(monkeypatch)
    events: list[CheckProgress] = []
    stopped_after: list[int] = []

    def should_stop() -> bool:
        if len(events) >= 5:
            if not stopped_after:
                stopped_after.append(watch.started)
            return True
        return False

    def slow_reader(event: CheckProgress) -> None:
        events.append(event)
        time.sleep(0.01)

    with pytest.raises(TrainingCancelled):
        check_dataset(root, workers=2, on_progress=slow_reader, should_stop=should_stop)
    # Of 200 photos, only those already handed to the two threads were opened.
    assert len(events) == 5
    assert watch.started <= 5 + 2 * PENDING_PER_WORKER
    assert watch.started == stopped_after[0]  # and none after the stop was seen


def test_cancel_is_seen_while_a_slow_photo_is_being_opened(tmp_path, monkeypatch):
    # A photo on a sleeping network drive: Cancel must not wait for the next result
    # before it stops the other threads from starting more.
    root = _photos(tmp_path, 20)
    release = threading.Event()
    stop = threading.Event()
    real = dataset.checked_photo
    opened: list[Path] = []

    def checked(path, image_size=None):
        opened.append(Path(path))
        if len(opened) == 1:
            stop.set()  # the person presses Cancel while the first photo hangs
            release.wait(5)
        return real(path, image_size)

    monkeypatch.setattr(dataset, "checked_photo", checked)
    started = time.perf_counter()
    threading.Timer(0.5, release.set).start()
    with pytest.raises(TrainingCancelled):
        check_dataset(root, workers=2, should_stop=stop.is_set)
    assert len(opened) <= 2 * PENDING_PER_WORKER  # the others never started
    assert time.perf_counter() - started < 5


def test_results_come_back_in_order_whatever_order_the_threads_finish(tmp_path):
    def slow_for_even(number: int) -> int:
        time.sleep(0.01 if number % 2 == 0 else 0)
        return number * number

    results = list(map_bounded(slow_for_even, range(20), workers=3))
    assert results == [(n, n * n) for n in range(20)]


def test_closing_the_results_early_stops_the_pool(tmp_path):
    seen: list[int] = []

    def record(number: int) -> int:
        seen.append(number)
        return number

    results = map_bounded(record, range(1000), workers=2, pending_per_worker=2)
    assert next(results) == (0, 0)
    results.close()
    assert len(seen) <= 1 + 4
    with pytest.raises(ValueError, match="workers must be at least 1"):
        next(map_bounded(record, range(3), workers=0))


def test_a_jpeg_is_budgeted_at_the_reduced_size_it_is_decoded_at(tmp_path):
    photo = tmp_path / "big.jpg"
    Image.new("RGB", (1600, 1200), (10, 200, 30)).save(photo, quality=80)
    assert decoded_pixels(photo, None) == 1600 * 1200
    assert decoded_pixels(photo, (64, 64)) == 200 * 150  # decoded at 1/8 scale
    (tmp_path / "broken.jpg").write_bytes(b"not a photo")
    assert decoded_pixels(tmp_path / "broken.jpg", (64, 64)) == 0
