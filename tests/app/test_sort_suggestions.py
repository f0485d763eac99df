"""The model helps sort: a suggested class under each Unsorted photo, Enter, "Accept all sure
ones" as one undoable step, and Unsorted ordered by how sure the suggestions are."""

from __future__ import annotations

import os
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtCore import Qt

from app.steps.sort.tray_model import SUGGESTION_ROLE, suggestion_text
from tests.app.suggest_fixtures import (
    BLUE,
    PURPLE,
    RED,
    coloured_photos,
    open_sorted_workspace,
    start_features,
)


def shown_suggestions(page) -> dict[str, str]:
    """What the tray shows under each photo's name (photo name → "alpaca · 93% sure")."""
    model = page.board.tray
    shown = {}
    for row in range(model.rowCount()):
        suggestion = model.index(row).data(SUGGESTION_ROLE)
        if suggestion is not None:
            shown[model.index(row).data()] = suggestion_text(*suggestion)
    return shown


def wait_for_suggestions(qtbot, page, count: int) -> None:
    qtbot.waitUntil(lambda: len(shown_suggestions(page)) == count, timeout=10_000)


def names(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def test_each_unsorted_photo_shows_its_class_once_every_class_has_five(
        window, qtbot, tmp_path):
    page = window.sort_page
    root = tmp_path / "ws"
    coloured_photos(root / "alpaca", 5, RED, "alp")
    coloured_photos(root / "not alpaca", 4, BLUE, "not")
    page.open_workspace(root)
    camera = tmp_path / "camera"
    coloured_photos(camera, 2, RED, "red")
    coloured_photos(camera, 2, BLUE, "blue")
    page.add_files(sorted(camera.iterdir()))
    qtbot.wait(300)
    assert shown_suggestions(page) == {}, "no feature is computed before the engine has loaded"
    start_features(page)
    qtbot.waitUntil(lambda: "1 more in 'not alpaca'" in page.suggestion_bar.status.text(),
                    timeout=10_000)
    assert shown_suggestions(page) == {}, "4 photos in a class are too few"
    coloured_photos(camera, 1, BLUE, "extra")
    grid = page.tray_pane.grid
    page.add_files([camera / "extra_0000.jpg"])
    page.select_photos(None, [camera / "extra_0000.jpg"])
    qtbot.keyClick(grid, Qt.Key.Key_2)  # the fifth photo of 'not alpaca': suggestions start
    wait_for_suggestions(qtbot, page, 4)
    shown = shown_suggestions(page)
    for name, text in shown.items():
        expected = "alpaca" if name.startswith("red") else "not alpaca"
        assert text.startswith(f"{expected} · ") and text.endswith("% sure"), (name, text)
    index = page.board.tray.index(0)
    assert "Enter puts it there" in index.data(Qt.ItemDataRole.ToolTipRole)


def test_enter_puts_the_selected_photo_in_its_suggested_class(window, qtbot, tmp_path):
    page = window.sort_page
    root = open_sorted_workspace(page, tmp_path / "ws")
    camera = tmp_path / "camera"
    blue = coloured_photos(camera, 1, BLUE, "blue")[0]
    red = coloured_photos(camera, 1, RED, "red")[0]
    page.add_files([blue, red])
    start_features(page)
    wait_for_suggestions(qtbot, page, 2)
    grid = page.tray_pane.grid
    grid.setFocus()
    page.select_photos(None, [blue])
    qtbot.keyClick(grid, Qt.Key.Key_Return)
    assert "blue_0000.jpg" in names(root / "not alpaca")
    assert page.board.tray.photos == [red]
    assert grid.current_photo() == red, "the next photo waits, selected"
    qtbot.keyClick(grid, Qt.Key.Key_Enter)
    assert "red_0000.jpg" in names(root / "alpaca")
    assert window.history.stack.undoText() == "put red_0000.jpg in 'alpaca'"


def test_accept_all_sure_ones_is_one_step_that_one_undo_takes_back(window, qtbot, tmp_path):
    page = window.sort_page
    root = open_sorted_workspace(page, tmp_path / "ws")
    camera = tmp_path / "camera"
    reds = coloured_photos(camera, 4, RED, "red")
    blues = coloured_photos(camera, 3, BLUE, "blue")
    unsure = coloured_photos(camera, 1, PURPLE, "purple")
    page.add_files(reds + blues + unsure)
    start_features(page)
    wait_for_suggestions(qtbot, page, 8)
    qtbot.waitUntil(lambda: page.suggestion_bar.accept_button.isEnabled(), timeout=5000)
    button = page.suggestion_bar.accept_button
    assert button.text() == "Accept all sure ones (7)", "the purple one is not sure"
    before = window.history.stack.count()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert names(root / "alpaca") == sorted([f"alp_{i:04d}.jpg" for i in range(5)]
                                            + [p.name for p in reds])
    assert sorted(p.name for p in (root / "not alpaca").iterdir()
                  if p.name.startswith("blue")) == [p.name for p in blues]
    assert page.board.tray.photos == unsure
    assert window.history.stack.count() == before + 1, "one step"
    edit = window.menuBar().actions()[1].menu()
    assert edit.actions()[0].text() == "&Undo sort 7 suggested photos"
    window.history.undo()
    assert sorted(page.board.tray.photos) == sorted(reds + blues + unsure)
    assert len(names(root / "alpaca")) == 5 and len(names(root / "not alpaca")) == 5
    assert window.statusBar().currentMessage() == "Undone: sort 7 suggested photos"


def test_unsorted_can_be_ordered_most_or_least_sure_first_and_back(window, qtbot, tmp_path):
    page = window.sort_page
    open_sorted_workspace(page, tmp_path / "ws")
    camera = tmp_path / "camera"
    added = [coloured_photos(camera, 1, PURPLE, "a_purple")[0],
             coloured_photos(camera, 1, RED, "b_red")[0],
             coloured_photos(camera, 1, (170, 40, 80), "c_reddish")[0]]
    page.add_files(added)
    start_features(page)
    wait_for_suggestions(qtbot, page, 3)
    tray = page.board.tray
    combo = page.suggestion_bar.order
    sureness = {p: tray.suggestions[p][1] for p in added}
    combo.setCurrentIndex(combo.findText("Most sure first"))
    assert tray.photos == sorted(added, key=lambda p: -sureness[p])
    assert tray.photos[-1].name.startswith("a_purple")
    combo.setCurrentIndex(combo.findText("Least sure first"))
    assert tray.photos == sorted(added, key=lambda p: sureness[p])
    combo.setCurrentIndex(combo.findText("In the order added"))
    assert tray.photos == added


def test_the_window_never_waits_for_the_features(window, qtbot, tmp_path):
    """The features are computed beside the window: while a batch is being computed, the
    window goes on answering (here it is the window that lets the batch finish)."""
    import threading

    from PySide6.QtCore import QTimer

    from tests.app.suggest_fixtures import colour_features

    page = window.sort_page
    open_sorted_workspace(page, tmp_path / "ws")
    go_on = threading.Event()
    threads = []

    def slow(paths, stop):
        threads.append(threading.current_thread())
        assert go_on.wait(10), "the window never answered while the batch was computed"
        return colour_features(paths)

    page.features.compute = slow
    page.add_files(coloured_photos(tmp_path / "camera", 3, RED, "red"))
    page.engine_ready()
    QTimer.singleShot(200, go_on.set)  # runs only if the window's thread is free
    wait_for_suggestions(qtbot, page, 3)
    assert threads and all(t is not threading.main_thread() for t in threads)
    assert "red_0000.jpg" in shown_suggestions(page)


@pytest.mark.slow
def test_real_features_come_from_another_process(window, qtbot, tmp_path, real_photos,
                                                 imagenet_weights_available):
    """MobileNetV2 on real photos, in a child process; the window's thread only waits."""
    import shutil

    from app.steps.sort.feature_process import FeatureProcess

    page = window.sort_page
    root = tmp_path / "ws"
    photos = sorted(real_photos.iterdir())
    for prefix, folder in (("alp", "alpaca"), ("not", "not alpaca")):
        (root / folder).mkdir(parents=True)
        for photo in [p for p in photos if p.name.startswith(prefix)][:6]:
            shutil.copy(photo, root / folder / photo.name)
    sorted_names = {p.name for p in root.rglob("*") if p.is_file()}
    waiting = [p for p in photos if p.name not in sorted_names][:4]
    page.open_workspace(root)
    page.add_files(waiting)
    assert isinstance(page.features.compute, FeatureProcess)
    page.engine_ready()
    qtbot.waitUntil(lambda: len(shown_suggestions(page)) == len(waiting), timeout=180_000)
    for text in shown_suggestions(page).values():
        assert text.split(" · ")[0] in ("alpaca", "not alpaca") and text.endswith("% sure")
    # With each photo's layout besides, as `audit` has it (the health panel's near-copies).
    from core.images import open_rgb
    from core.near_copies import thumbnail

    store = page.features
    assert set(store.thumbnails) == set(store.features)
    photo = next(iter(store.thumbnails))
    np.testing.assert_allclose(store.thumbnails[photo], thumbnail(np.asarray(
        open_rgb(photo, (160, 160)), np.float32)), atol=1e-5)
    child = page.features.compute._child
    assert child is not None and child.is_alive() and child.pid != os.getpid()
    page.features.shutdown()
    assert not child.is_alive(), "the child ends with the window"
