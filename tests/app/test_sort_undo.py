"""Every change on the Sort page can be taken back, is named in words, and undo selects
what it restored; classes can be removed (their photos back to Unsorted) and photos
taken out of a class."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from tests.app.dialogs import answer
from tests.app.disk import digest, tree

UNDO = Qt.KeyboardModifier.ControlModifier
REDO = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


@pytest.fixture
def sorting(window, camera):
    """The window with the six photos of `camera` in the tray, the first one selected."""
    page = window.sort_page
    page.add_files(sorted(camera.iterdir()))
    page.tray_pane.grid.setFocus()
    page.tray_pane.grid.select_row(0)
    return window


def undo_text(window) -> str:
    """What the Edit menu's first entry reads, without its mnemonic."""
    return window.menuBar().actions()[1].menu().actions()[0].text().replace("&", "")


def names_in(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir()) if folder.exists() else []


def type_in_dialog(qtbot, page, text: str) -> None:
    dialog = page.class_dialog
    assert dialog is not None and dialog.isVisible()
    dialog.field.selectAll()
    qtbot.keyClicks(dialog.field, text)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)


def test_each_change_is_named_in_the_persons_words(sorting, qtbot, monkeypatch):
    window, page = sorting, sorting.sort_page
    grid = page.tray_pane.grid
    qtbot.keyClick(grid, Qt.Key.Key_1)
    assert undo_text(window) == "Undo put IMG_0000.jpg in 'alpaca'"
    grid.selectAll()
    qtbot.keyClick(grid, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(grid, Qt.Key.Key_2)
    assert undo_text(window) == "Undo put 5 photos in 'not alpaca'"
    pane = page.class_panes["alpaca"].grid
    pane.setFocus()
    pane.select_row(0)
    qtbot.keyClick(pane, Qt.Key.Key_0)
    assert undo_text(window) == "Undo take 'IMG_0000.jpg' back to Unsorted"
    qtbot.mouseClick(page.class_panes["alpaca"].rename_button, Qt.MouseButton.LeftButton)
    type_in_dialog(qtbot, page, "llama")
    assert undo_text(window) == "Undo rename class 'alpaca' to 'llama'"
    answer(monkeypatch, QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(page.class_panes["llama"].remove_button, Qt.MouseButton.LeftButton)
    assert undo_text(window) == "Undo remove class 'llama'"
    qtbot.keyClick(window, Qt.Key.Key_Z, UNDO)
    assert window.statusBar().currentMessage() == "Undone: remove class 'llama'"


def test_remove_class_asks_first_and_its_photos_go_back_to_unsorted(sorting, qtbot,
                                                                    monkeypatch, camera):
    window, page = sorting, sorting.sort_page
    grid = page.tray_pane.grid
    qtbot.keyClick(grid, Qt.Key.Key_1)
    qtbot.keyClick(grid, Qt.Key.Key_1)
    ws = page.board.workspace
    sorted_files = tree(ws / "alpaca")
    asked = answer(monkeypatch, QMessageBox.StandardButton.Cancel)
    qtbot.mouseClick(page.class_panes["alpaca"].remove_button, Qt.MouseButton.LeftButton)
    assert asked and "'alpaca'" in asked[0] and "2 photos go back to Unsorted" in asked[0]
    assert "alpaca" in page.class_panes and tree(ws / "alpaca") == sorted_files, \
        "Cancel changes nothing"

    answer(monkeypatch, QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(page.class_panes["alpaca"].remove_button, Qt.MouseButton.LeftButton)
    assert list(page.class_panes) == ["not alpaca"]
    assert list(page.class_buttons.buttons) == ["not alpaca"]
    assert not (ws / "alpaca").exists()
    back = [p for p in page.board.tray.photos if p.name in ("IMG_0000.jpg", "IMG_0001.jpg")]
    assert len(back) == 2 and all(p.is_relative_to(ws / ".unsorted") for p in back), \
        "the photos are in the workspace's Unsorted folder, not deleted"
    assert {p.name: digest(p) for p in back} == sorted_files
    assert page.tray_pane.count_text == "6 photos · 2 selected", "and selected"
    assert page.class_buttons.buttons["not alpaca"].text().startswith("2 · N"), \
        "the other class keeps its key"

    qtbot.keyClick(window, Qt.Key.Key_Z, UNDO)
    assert list(page.class_panes) == ["alpaca", "not alpaca"]
    assert tree(ws / "alpaca") == sorted_files, "the class comes back with its photos"
    assert page.class_panes["alpaca"].count_text.startswith("2 photos")
    assert page.board.tray.photos == sorted(camera.iterdir())[2:]
    qtbot.keyClick(window, Qt.Key.Key_Z, REDO)
    assert not (ws / "alpaca").exists() and page.board.tray.rowCount() == 6
    window.close()


def test_delete_in_a_class_pane_takes_photos_back_to_unsorted_undoably(sorting, qtbot):
    window, page = sorting, sorting.sort_page
    grid = page.tray_pane.grid
    grid.selectAll()
    qtbot.keyClick(grid, Qt.Key.Key_1)
    ws = page.board.workspace
    pane = page.class_panes["alpaca"].grid
    pane.setFocus()
    pane.select_row(1)
    qtbot.keyClick(pane, Qt.Key.Key_Delete)
    assert names_in(ws / "alpaca") == ["IMG_0000.jpg", "IMG_0002.jpg", "IMG_0003.jpg",
                                       "IMG_0004.jpg", "IMG_0005.jpg"]
    assert ws / ".unsorted" / "IMG_0001.jpg" in page.board.tray.photos
    assert undo_text(window) == "Undo take 'IMG_0001.jpg' back to Unsorted"
    # The same from the pane's menu, for a mouse user.
    pane.select_row(0)
    back = next(a for a in pane.actions() if a.text().startswith("Back to Unsorted"))
    back.trigger()
    assert "IMG_0000.jpg" not in names_in(ws / "alpaca")
    qtbot.keyClick(window, Qt.Key.Key_Z, UNDO)
    qtbot.keyClick(window, Qt.Key.Key_Z, UNDO)
    assert len(names_in(ws / "alpaca")) == 6 and page.board.tray.rowCount() == 0


def test_after_undo_the_restored_photo_is_selected_so_the_next_key_sorts_it(sorting, qtbot,
                                                                           camera):
    window, page = sorting, sorting.sort_page
    grid = page.tray_pane.grid
    photos = sorted(camera.iterdir())
    qtbot.keyClick(grid, Qt.Key.Key_1)
    qtbot.keyClick(grid, Qt.Key.Key_1)  # oops: IMG_0001 is not an alpaca
    assert grid.current_photo() == photos[2]
    qtbot.keyClick(window, Qt.Key.Key_Z, UNDO)
    assert grid.selected_photos() == [photos[1]], "the photo it took back is selected"
    assert page.active_grid is grid
    qtbot.waitUntil(lambda: page.preview.photo == photos[1], timeout=5000)
    qtbot.keyClick(grid, Qt.Key.Key_2)
    ws = page.board.workspace
    assert names_in(ws / "not alpaca") == ["IMG_0001.jpg"]
    assert names_in(ws / "alpaca") == ["IMG_0000.jpg"]

    # Several at once come back selected together; a redo selects them where it put them.
    grid.selectAll()
    qtbot.keyClick(grid, Qt.Key.Key_2)
    qtbot.keyClick(window, Qt.Key.Key_Z, UNDO)
    assert grid.selected_photos() == photos[2:]
    assert "4 selected" in page.tray_pane.count_text
    qtbot.keyClick(window, Qt.Key.Key_Z, REDO)
    pane = page.class_panes["not alpaca"].grid
    assert pane.selected_photos() == [ws / "not alpaca" / p.name for p in photos[2:]]
    assert page.active_grid is pane


def test_removing_a_class_deletes_no_file_even_one_the_app_does_not_show(window, qtbot,
                                                                        monkeypatch):
    page = window.sort_page
    ws = page.board.workspace
    for name in ("alpaca", "not alpaca"):
        (ws / name).mkdir(parents=True)
    (ws / "not alpaca" / ".DS_Store").write_bytes(b"the file manager's own")
    page.board.open(ws)
    answer(monkeypatch, QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(page.class_panes["not alpaca"].remove_button, Qt.MouseButton.LeftButton)
    assert list(page.class_panes) == ["alpaca"]
    assert (ws / ".unsorted" / "not alpaca" / ".DS_Store").read_bytes() == \
        b"the file manager's own"
    qtbot.keyClick(window, Qt.Key.Key_Z, UNDO)
    assert (ws / "not alpaca" / ".DS_Store").read_bytes() == b"the file manager's own"
    assert list(page.class_panes) == ["alpaca", "not alpaca"]
