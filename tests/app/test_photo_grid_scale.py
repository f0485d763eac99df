"""A grid of thousands of photos: thumbnails only for what is on screen, repaints in batches."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

import app.thumbnail_cache as thumbnail_cache
from app.photo_model import PhotoListModel
from app.thumbnail_cache import URGENT_LIMIT, ThumbnailCache
from app.widgets.photo_grid import PhotoGrid
from tests.app.disk import make_photos

COUNT = 2000


@pytest.fixture
def many_photos(tmp_path: Path) -> list[Path]:
    seed = make_photos(tmp_path / "seed", 1)[0].read_bytes()
    folder = tmp_path / "many"
    folder.mkdir()
    paths = []
    for number in range(COUNT):
        path = folder / f"IMG_{number:05d}.jpg"
        path.write_bytes(seed)
        paths.append(path)
    return paths


class Made:
    """Records every thumbnail the cache makes; can hold the maker until released."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch, hold: bool = False) -> None:
        self.paths: list[Path] = []
        self.release = threading.Event()
        if not hold:
            self.release.set()
        real = thumbnail_cache.make_thumbnail

        def make(path, *args, **kwargs):
            self.release.wait(10)
            self.paths.append(Path(path))
            return real(path, *args, **kwargs)

        monkeypatch.setattr(thumbnail_cache, "make_thumbnail", make)


def _grid(qtbot, tmp_path: Path, photos: list[Path]) -> tuple[PhotoGrid, ThumbnailCache]:
    cache = ThumbnailCache(tmp_path / "thumbnails")
    model = PhotoListModel("daisy", cache)
    model.set_photos(photos)
    grid = PhotoGrid(model, 64)
    qtbot.addWidget(grid)
    grid.resize(420, 300)
    grid.show()
    qtbot.waitExposed(grid)
    return grid, cache


def _visible_rows(grid: PhotoGrid) -> set[int]:
    model = grid.model()
    area = grid.viewport().rect()
    return {row for row in range(model.rowCount())
            if grid.visualRect(model.index(row, 0)).intersects(area)}


def test_only_the_photos_on_screen_get_a_thumbnail(qtbot, tmp_path, many_photos, monkeypatch):
    made = Made(monkeypatch)
    grid, cache = _grid(qtbot, tmp_path, many_photos)
    qtbot.waitUntil(lambda: bool(_visible_rows(grid)), timeout=5000)
    visible = {many_photos[row] for row in _visible_rows(grid)}
    qtbot.waitUntil(lambda: visible <= set(made.paths), timeout=10_000)
    qtbot.wait(200)
    assert set(made.paths) == visible  # not one photo below the fold
    assert len(visible) < 100 < COUNT
    cache.shutdown()


def test_a_fast_scroll_through_thousands_makes_only_the_latest_thumbnails(
        qtbot, tmp_path, many_photos, monkeypatch):
    made = Made(monkeypatch, hold=True)  # a slow disk: nothing is made while scrolling
    grid, cache = _grid(qtbot, tmp_path, many_photos)
    bar = grid.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0, timeout=5000)
    while bar.value() < bar.maximum():
        bar.setValue(min(bar.maximum(), bar.value() + bar.pageStep()))
        grid.viewport().repaint()  # every page is painted: every photo is asked for once
        QApplication.processEvents()
    at_the_end = {many_photos[row] for row in _visible_rows(grid)}
    made.release.set()
    qtbot.waitUntil(lambda: at_the_end <= set(made.paths), timeout=10_000)
    qtbot.waitUntil(lambda: not cache.busy, timeout=60_000)  # all it will make
    # The photos scrolled past long ago are not made at all; those on screen are.
    assert len(made.paths) <= URGENT_LIMIT + len(at_the_end) + 2
    assert many_photos[COUNT // 2] not in made.paths
    cache.shutdown()


def test_a_screenful_of_thumbnails_is_one_repaint_not_one_per_photo(
        qtbot, tmp_path, many_photos, monkeypatch):
    cache = ThumbnailCache(tmp_path / "thumbnails")
    model = PhotoListModel("daisy", cache)
    model.set_photos(many_photos)
    changes: list[tuple[int, int]] = []
    model.dataChanged.connect(lambda first, last, *_: changes.append((first.row(), last.row())))
    image = thumbnail_cache.pil_to_qimage(thumbnail_cache.make_thumbnail(many_photos[0], 32))
    for path in many_photos[:24]:  # a screenful arriving from the thumbnail thread
        cache._on_made((path, image, None))
    qtbot.waitUntil(lambda: bool(changes), timeout=2000)
    qtbot.wait(100)
    assert changes == [(0, 23)]
    assert all(cache.pixmap(path) is not None for path in many_photos[:24])
    cache.shutdown()


def test_bursts_of_thumbnails_far_apart_are_made_by_one_thread_kept_for_them(
        qtbot, tmp_path, many_photos, monkeypatch):
    # A scroll asks for a few thumbnails at a time: a thread started and ended for each
    # burst cost the window's thread a millisecond each time, hundreds of times a pane.
    threads: list[int] = []
    real = thumbnail_cache.make_thumbnail

    def make(path, *args, **kwargs):
        threads.append(threading.get_native_id())
        return real(path, *args, **kwargs)

    monkeypatch.setattr(thumbnail_cache, "make_thumbnail", make)
    cache = ThumbnailCache(tmp_path / "thumbnails")
    for photo in many_photos[:3]:
        assert cache.pixmap(photo) is None  # asked for; made in the background
        qtbot.waitUntil(lambda photo=photo: cache.pixmap(photo) is not None, timeout=5000)
        qtbot.wait(50)  # idle in between: nothing is queued
    assert len(threads) == 3
    assert len(set(threads)) == 1 and threading.get_native_id() not in threads
    cache.shutdown()



def test_thumbnails_that_arrive_together_are_taken_in_over_several_turns_of_the_loop(
        qtbot, tmp_path, many_photos):
    # On a restart the thumbnails come back from the disk cache faster than a scroll
    # paints them: many wait at once, and taking them all in one turn of the event loop
    # kept the window from answering for 80-110 ms.
    cache = ThumbnailCache(tmp_path / "thumbnails")
    image = thumbnail_cache.pil_to_qimage(thumbnail_cache.make_thumbnail(
        many_photos[0], thumbnail_cache.THUMBNAIL_SIZE))
    wanted = many_photos[:thumbnail_cache.MEMORY_LIMIT]
    with cache._lock:  # as the thumbnail thread leaves them while the window is busy
        cache._done.extend((path, image, None) for path in wanted)
        cache._delivering = True
    cache._take_in()  # one turn of the loop
    # (Looked up without asking for them: `pixmap` would queue the missing ones.)
    shown = sum(path in cache._pixmaps for path in wanted)
    assert 0 < shown < len(wanted), "all of them in one turn"
    # The rest come in the next turns, without another word from the thread.
    qtbot.waitUntil(lambda: all(p in cache._pixmaps for p in wanted), timeout=10_000)
    assert not cache.busy and all(cache.pixmap(p) is not None for p in wanted)
    cache.shutdown()
