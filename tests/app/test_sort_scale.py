"""What keeps the window's thread free with thousands of photos (issue 17), on a few.

`benchmarks/bench_gui_scale.py` measures the pauses at 6,000 photos; these tests
check the mechanisms that keep them short, with the panes and counts a person sees.
"""

from __future__ import annotations

import gc
import sys
import threading
import time

from PySide6.QtCore import QTimer

from app.steps.sort import folder_fill
from core.workspace import list_photos
from tests.app.disk import make_photos

CLASSES = ("cats", "dogs", "owls", "pigs")


def test_folders_listed_together_fill_their_panes_one_per_turn_of_the_event_loop(
        window, tmp_path, qtbot, monkeypatch):
    root = tmp_path / "pets"
    for number, name in enumerate(CLASSES):
        make_photos(root / name, 3 + number, name[:-1], start=10 * number)
    # Every folder is listed before the window's thread looks at the first listing.
    all_listed = threading.Event()

    def listing(folder):
        photos = list_photos(folder)
        if folder.name == CLASSES[-1]:
            all_listed.set()
        return photos

    monkeypatch.setattr(folder_fill, "list_photos", listing)
    page = window.sort_page
    assert page.open_workspace(root)
    # A timer of the window's thread counts the turns of its event loop; a fill notes
    # the turn it happened in (a repaint or a key press can come in between).
    turns = [0]
    ticker = QTimer(interval=0)
    ticker.timeout.connect(lambda: turns.__setitem__(0, turns[0] + 1))
    ticker.start()
    filled_at: dict[str, int] = {}
    for name, model in page.board.class_models.items():
        model.modelReset.connect(lambda name=name: filled_at.setdefault(name, turns[0]))
    # The window's thread is busy while every listing arrives: they wait for it together.
    assert all_listed.wait(10)
    time.sleep(0.2)
    qtbot.waitUntil(lambda: not page.board.listing, timeout=5000)
    ticker.stop()
    assert {name: pane.count_text for name, pane in page.class_panes.items()} == {
        "cats": "3 photos", "dogs": "4 photos", "owls": "5 photos", "pigs": "6 photos"}
    assert window.step_bar.buttons[0].status == "18 photos sorted"
    assert len(set(filled_at.values())) == len(CLASSES), \
        f"one pane per turn, not all in one: {filled_at}"


def test_the_check_tells_the_window_every_tenth_photo_and_still_ends_with_the_report(
        window, tmp_path, qtbot):
    root = tmp_path / "pets"
    make_photos(root / "cats", 13, "cat")
    make_photos(root / "dogs", 12, "dog", start=20)
    page = window.sort_page
    assert page.open_workspace(root)
    qtbot.waitUntil(lambda: not page.board.listing, timeout=5000)
    health = page.health
    health._timer.stop()
    events = []
    with qtbot.waitSignal(health.checked, timeout=10_000):
        health.run()
        health._checks.current.progress.connect(lambda event: events.append(event.done))
    assert events == [10, 20, 25], "every tenth photo and the last reach the window's thread"
    assert health.panel.summary.startswith("<b>25 photos checked</b>")


def test_the_window_takes_the_interpreter_back_from_background_threads_quickly(window):
    # Each call Qt makes into our code on the window's thread (a photo cell painted)
    # waits for a background thread running Python to hand over: 5 ms by default.
    assert sys.getswitchinterval() <= 0.0005


def test_a_listed_workspace_is_out_of_the_garbage_collectors_way_until_another_opens(
        window, tmp_path, qtbot):
    first, second = tmp_path / "pets", tmp_path / "birds"
    make_photos(first / "cats", 3, "cat")
    make_photos(second / "owls", 2, "owl")
    page = window.sort_page
    gc.unfreeze()
    assert page.open_workspace(first)
    qtbot.waitUntil(lambda: not page.board.listing, timeout=5000)
    assert page.class_panes["cats"].count_text == "3 photos"
    assert gc.get_freeze_count() > 0, "a full collection skips the open workspace's objects"
    assert page.open_workspace(second)
    assert gc.get_freeze_count() == 0, "the last workspace's objects can be collected"
    qtbot.waitUntil(lambda: not page.board.listing, timeout=5000)
    assert page.class_panes["owls"].count_text == "2 photos"
    assert gc.get_freeze_count() > 0
    gc.unfreeze()


def test_opening_the_open_workspace_again_keeps_its_panes_and_shows_only_what_changed(
        window, tmp_path, qtbot):
    root = tmp_path / "pets"
    make_photos(root / "cats", 3, "cat")
    make_photos(root / "dogs", 2, "dog", start=10)
    make_photos(root / ".unsorted", 2, "loose", start=20)
    page = window.sort_page
    assert page.open_workspace(root)
    qtbot.waitUntil(lambda: not page.board.listing, timeout=5000)
    panes = dict(page.class_panes)
    resets: list[str] = []
    for name, pane in panes.items():
        pane.grid.model().modelReset.connect(lambda name=name: resets.append(name))
    make_photos(root / "dogs", 1, "pup", start=30)  # a photo put there meanwhile
    assert page.open_workspace(root)
    qtbot.waitUntil(lambda: not page.board.listing, timeout=5000)
    # The same panes, and only the pane whose folder changed was filled again (with
    # thousands of photos each refill is a pause): what a person sees is up to date.
    assert all(page.class_panes[name] is pane for name, pane in panes.items())
    assert resets == ["dogs"]
    assert {name: pane.count_text for name, pane in page.class_panes.items()} == {
        "cats": "3 photos", "dogs": "3 photos"}
    assert page.tray_pane.count_text == "2 photos"
    assert window.step_bar.buttons[0].status == "6 photos sorted · 2 unsorted"


def test_another_workspace_with_the_same_classes_shows_none_of_the_first_ones_photos(
        make_window, tmp_path, qtbot, camera):
    first, second = tmp_path / "pets", tmp_path / "more pets"
    make_photos(first / "cats", 3, "cat", start=60)  # not the camera's photos
    make_photos(second / "cats", 1, "kitten", start=40)
    window = make_window()
    page = window.sort_page
    assert page.open_workspace(first)
    qtbot.waitUntil(lambda: not page.board.listing, timeout=5000)
    page.add_files(sorted(camera.iterdir())[:2])
    pane = page.class_panes["cats"]
    assert page.open_workspace(second)
    assert page.class_panes["cats"] is pane  # the same class: its pane stays
    assert pane.count_text == "0 photos" and page.tray_pane.count_text == "0 photos"
    qtbot.waitUntil(lambda: not page.board.listing, timeout=5000)
    assert [p.name for p in page.board.class_models["cats"].photos] == ["kitten_0040.jpg"]
    # Back to the first: its saved tray comes back, read in the background.
    assert page.open_workspace(first)
    qtbot.waitUntil(lambda: not page.board.listing, timeout=5000)
    assert [p.name for p in page.board.tray.photos] == ["IMG_0000.jpg", "IMG_0001.jpg"]
    assert page.tray_pane.grid.current_photo() == camera / "IMG_0000.jpg"
    assert pane.count_text == "3 photos"
