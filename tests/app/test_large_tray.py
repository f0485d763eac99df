"""A tray of 5,000 photos: adding them is quick and the window keeps responding."""

from __future__ import annotations

import time

from PySide6.QtCore import QElapsedTimer, QTimer
from PySide6.QtWidgets import QApplication

from tests.app.disk import make_photos


def test_5000_photos_fill_the_tray_quickly_and_scrolling_stays_smooth(window, qtbot, tmp_path):
    seed = make_photos(tmp_path / "seed", 1)[0].read_bytes()
    folder = tmp_path / "many"
    folder.mkdir()
    for number in range(5000):
        (folder / f"IMG_{number:05d}.jpg").write_bytes(seed)
    page = window.sort_page

    started = time.perf_counter()
    page.add_files([folder])
    QApplication.processEvents()
    assert time.perf_counter() - started < 2.0
    assert page.tray_pane.count_text == "5000 photos"

    # The event loop must keep turning while the grid scrolls and thumbnails arrive.
    gaps, clock = [], QElapsedTimer()
    clock.start()

    def tick():
        gaps.append(clock.restart())

    timer = QTimer(interval=10)
    timer.timeout.connect(tick)
    timer.start()
    grid = page.tray_pane.grid
    bar = grid.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0, timeout=5000)
    end = time.perf_counter() + 1.5
    while time.perf_counter() < end:
        bar.setValue(min(bar.maximum(), bar.value() + bar.pageStep()))
        qtbot.wait(30)
    timer.stop()
    assert bar.value() > 0
    assert max(gaps[1:]) < 250, f"the window froze for {max(gaps[1:])} ms"
    visible = grid.indexAt(grid.viewport().rect().center())
    assert visible.row() > 100, "scrolling reached far down the tray"
