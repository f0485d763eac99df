"""Opening a workspace: its classes at once, each pane filled from a background listing."""

from __future__ import annotations

import threading

from app.steps.sort import folder_fill
from core.workspace import list_photos
from tests.app.disk import make_photos


def gated_listing(monkeypatch, held: str, start: threading.Event | None = None
                  ) -> tuple[threading.Event, threading.Event]:
    """`list_photos` as it is, but folder `held` is read once `start` is set, and its
    listing handed over only once the first event returned is set; the second is set
    once that folder has been read."""
    release, read = threading.Event(), threading.Event()

    def listing(folder):
        if folder.name == held and start is not None:
            start.wait(10)
        photos = list_photos(folder)
        if folder.name == held:
            read.set()
            release.wait(10)
        return photos

    monkeypatch.setattr(folder_fill, "list_photos", listing)
    return release, read


def pets(tmp_path):
    root = tmp_path / "pets"
    make_photos(root / "cats", 3, "cat")
    make_photos(root / "dogs", 2, "dog", start=10)
    make_photos(root, 1, "loose", start=20)  # lying in the workspace: it joins Unsorted
    return root


def test_the_panes_fill_from_the_listing_while_the_page_is_already_open(
        window, tmp_path, qtbot, monkeypatch):
    root = pets(tmp_path)
    release, read = gated_listing(monkeypatch, "dogs")
    page = window.sort_page
    try:
        assert page.open_workspace(root)
        # At once: the classes, their keys and buttons; the photos are still being listed.
        assert list(page.class_panes) == ["cats", "dogs"]
        assert list(page.class_buttons.buttons) == ["cats", "dogs"]
        assert page.board.listing
        # The first folder is in while the second is still being listed.
        qtbot.waitUntil(lambda: page.class_panes["cats"].count_text == "3 photos", timeout=5000)
        assert read.wait(5)
        qtbot.wait(100)
        assert page.class_panes["dogs"].count_text == "0 photos"
        assert page.tray_pane.count_text == "0 photos"
    finally:
        release.set()
    qtbot.waitUntil(lambda: page.class_panes["dogs"].count_text == "2 photos", timeout=5000)
    qtbot.waitUntil(lambda: page.tray_pane.count_text == "1 photo", timeout=5000)
    assert not page.board.listing
    assert window.step_bar.buttons[0].status == "5 photos sorted · 1 unsorted"
    assert page.tray_pane.grid.current_photo() == root / "loose_0020.jpg"  # selected, shown
    qtbot.waitUntil(lambda: page.preview.photo == root / "loose_0020.jpg", timeout=5000)


def test_what_is_sorted_before_a_pane_is_listed_is_kept(window, tmp_path, camera, qtbot,
                                                        monkeypatch):
    root = pets(tmp_path)
    start = threading.Event()
    release, read = gated_listing(monkeypatch, "dogs", start)
    page = window.sort_page
    try:
        assert page.open_workspace(root)
        page.add_files(sorted(camera.iterdir())[:3])
        grid = page.tray_pane.grid
        grid.setFocus()
        grid.select_row(0)
        page.sort_selection("dogs")  # kept, and in the folder when it is read
        grid.select_row(0)
        page.sort_selection("dogs")  # in the folder when it is read, then taken back out
        start.set()
        assert read.wait(5)
        window.history.stack.undo()
        grid.select_row(1)  # IMG_0002: sorted after the folder was read
        page.sort_selection("dogs")
        assert (root / "dogs" / "IMG_0000.jpg").exists()
        assert not (root / "dogs" / "IMG_0001.jpg").exists()
    finally:
        release.set()
    qtbot.waitUntil(lambda: not page.board.listing, timeout=5000)
    dogs = page.board.class_models["dogs"].photos
    assert sorted(p.name for p in dogs) == ["IMG_0000.jpg", "IMG_0002.jpg", "dog_0010.jpg",
                                            "dog_0011.jpg"]
    assert page.class_panes["dogs"].count_text == "4 photos"
    tray = [p.name for p in page.board.tray.photos]
    assert "IMG_0001.jpg" in tray and "IMG_0000.jpg" not in tray
    assert "loose_0020.jpg" in tray


def test_opening_another_workspace_meanwhile_drops_the_first_listing(
        window, tmp_path, qtbot, monkeypatch):
    root = pets(tmp_path)
    release, read = gated_listing(monkeypatch, "dogs")
    page = window.sort_page
    other = tmp_path / "birds"
    make_photos(other / "owls", 2, "owl", start=40)
    make_photos(other / "dogs", 1, "hound", start=50)
    try:
        assert page.open_workspace(root)
        assert read.wait(5)
    finally:
        release.set()
    monkeypatch.setattr(folder_fill, "list_photos", list_photos)
    assert page.open_workspace(other)
    qtbot.waitUntil(lambda: not page.board.listing, timeout=5000)
    qtbot.wait(200)
    assert list(page.class_panes) == ["dogs", "owls"]
    assert [p.name for p in page.board.class_models["dogs"].photos] == ["hound_0050.jpg"]
    assert page.tray_pane.count_text == "0 photos"
    assert window.step_bar.buttons[0].status == "3 photos sorted"


def test_photos_the_train_step_moved_show_in_their_panes_and_the_others_are_left_alone(
        window, tmp_path, qtbot):
    root = tmp_path / "pets"
    make_photos(root / "cats", 3, "cat")
    make_photos(root / "dogs", 2, "dog", start=10)
    make_photos(root / "owls", 2, "owl", start=20)
    page = window.sort_page
    assert page.open_workspace(root)
    qtbot.waitUntil(lambda: not page.board.listing, timeout=5000)
    resets: list[str] = []
    for name, model in page.board.class_models.items():
        model.modelReset.connect(lambda name=name: resets.append(name))
    # What the Train step's confusion matrix does: one photo to another class, one out
    # of training (into the workspace's Unsorted folder).
    (root / "cats" / "cat_0000.jpg").rename(root / "dogs" / "cat_0000.jpg")
    (root / ".unsorted").mkdir()
    (root / "cats" / "cat_0001.jpg").rename(root / ".unsorted" / "cat_0001.jpg")
    window.train_page.photos_moved.emit()
    qtbot.waitUntil(lambda: not page.board.listing, timeout=5000)
    assert {name: pane.count_text for name, pane in page.class_panes.items()} == {
        "cats": "1 photo", "dogs": "3 photos", "owls": "2 photos"}
    assert [p.name for p in page.board.tray.photos] == ["cat_0001.jpg"]
    assert window.step_bar.buttons[0].status == "6 photos sorted · 1 unsorted"
    # Listed again in the background; the pane whose folder did not change is not
    # filled again (with thousands of photos each refill is a pause).
    assert sorted(resets) == ["cats", "dogs"]
