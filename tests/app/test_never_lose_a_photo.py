"""Faults while sorting: the user is told which photo and why, and nothing is lost."""

from __future__ import annotations

import errno
import os
import random
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from core import photo_files
from tests.app.disk import make_photos, tree


@pytest.fixture
def tray_of_six(window, tmp_path):
    page = window.sort_page
    photos = make_photos(tmp_path / "camera", 6, "IMG")
    page.add_files(photos)
    page.tray_pane.grid.setFocus()
    page.tray_pane.grid.select_row(0)
    return window, photos


def everything(window, tmp_path):
    return tree(tmp_path / "camera"), tree(window.sort_page.board.workspace)


@pytest.mark.parametrize("error, words", [
    (PermissionError(errno.EACCES, "Permission denied"), "permission denied"),
    (OSError(errno.ENOSPC, "No space left on device"), "disk is full"),
])
def test_a_failing_rename_is_reported_and_changes_nothing(tray_of_six, qtbot, tmp_path,
                                                          monkeypatch, error, words):
    window, photos = tray_of_six
    page = window.sort_page
    before = everything(window, tmp_path)

    def failing_link(*args, **kwargs):
        raise error

    monkeypatch.setattr(photo_files.os, "link", failing_link)
    qtbot.keyClick(page.tray_pane.grid, Qt.Key.Key_1)
    assert everything(window, tmp_path) == before
    assert page.board.tray.photos == photos, "the photo stays in the tray"
    assert "IMG_0000.jpg" in page.messages.text and words in page.messages.text
    assert page.messages.kind == "error"
    assert page.board.undo_stack.count() == 1, "a failed sort is not an undo step"


def test_a_photo_that_vanished_is_reported_and_the_others_are_sorted(tray_of_six, qtbot,
                                                                     tmp_path):
    window, photos = tray_of_six
    page = window.sort_page
    photos[1].unlink()
    page.tray_pane.grid.selectAll()
    qtbot.mouseClick(page.class_buttons.buttons["alpaca"], Qt.MouseButton.LeftButton)
    workspace = page.board.workspace
    assert sorted(p.name for p in (workspace / "alpaca").iterdir()) == [
        p.name for p in photos if p != photos[1]]
    assert "IMG_0001.jpg" in page.messages.text and "no longer exists" in page.messages.text
    assert page.board.tray.photos == [photos[1]]


def test_permission_denied_on_a_move_keeps_the_original(tray_of_six, qtbot, tmp_path,
                                                        monkeypatch):
    window, photos = tray_of_six
    page = window.sort_page
    page.workspace_bar.move_check.setChecked(True)
    before = everything(window, tmp_path)
    real_unlink = os.unlink

    def unlink(path, *args, **kwargs):
        if str(path).startswith(str(tmp_path / "camera")):
            raise PermissionError(errno.EACCES, "Permission denied", str(path))
        return real_unlink(path, *args, **kwargs)

    monkeypatch.setattr(photo_files.os, "unlink", unlink)
    qtbot.keyClick(page.tray_pane.grid, Qt.Key.Key_2)
    assert everything(window, tmp_path) == before
    assert "IMG_0000.jpg" in page.messages.text and "permission denied" in page.messages.text


def test_an_undo_that_fails_leaves_the_photo_in_place_and_says_so(tray_of_six, qtbot,
                                                                  tmp_path, monkeypatch):
    window, photos = tray_of_six
    page = window.sort_page
    page.workspace_bar.move_check.setChecked(True)
    qtbot.keyClick(page.tray_pane.grid, Qt.Key.Key_1)
    moved = page.board.workspace / "alpaca" / "IMG_0000.jpg"
    before = everything(window, tmp_path)

    def failing_link(*args, **kwargs):
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(photo_files.os, "link", failing_link)
    window.history.undo()
    assert everything(window, tmp_path) == before
    assert moved.exists() and "IMG_0000.jpg" in page.messages.text


def test_a_failed_undo_changes_nothing_keeps_the_history_and_can_be_tried_again(
        tray_of_six, qtbot, tmp_path, monkeypatch):
    window, photos = tray_of_six
    page = window.sort_page
    board = page.board
    page.workspace_bar.move_check.setChecked(True)
    grid = page.tray_pane.grid
    qtbot.keyClick(grid, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(grid, Qt.Key.Key_1)  # all six moved into 'alpaca' in one change
    assert sorted(tree(board.workspace / "alpaca")) == [p.name for p in photos]
    sorted_state = everything(window, tmp_path)
    history = board.undo_stack.index()
    real_link = os.link

    def camera_became_read_only_for_one(source, destination, *args, **kwargs):
        if Path(destination).parent == tmp_path / "camera" and "IMG_0003" in str(source):
            raise PermissionError(errno.EACCES, "Permission denied")
        return real_link(source, destination, *args, **kwargs)

    monkeypatch.setattr(photo_files.os, "link", camera_became_read_only_for_one)
    undo = Qt.KeyboardModifier.ControlModifier
    qtbot.keyClick(window, Qt.Key.Key_Z, undo)
    assert everything(window, tmp_path) == sorted_state, "all or nothing: none went back"
    assert board.tray.rowCount() == 0
    assert "IMG_0003.jpg" in page.messages.text and "nothing was undone" in page.messages.text
    assert board.undo_stack.index() == history and board.undo_stack.canUndo(), \
        "the change is still there to undo"

    monkeypatch.setattr(photo_files.os, "link", real_link)  # the folder is writable again
    qtbot.keyClick(window, Qt.Key.Key_Z, undo)
    assert sorted(tree(tmp_path / "camera")) == [p.name for p in photos]
    assert tree(board.workspace / "alpaca") == {} and board.tray.rowCount() == 6
    qtbot.keyClick(window, Qt.Key.Key_Z, undo | Qt.KeyboardModifier.ShiftModifier)
    assert everything(window, tmp_path) == sorted_state, "and redo works after it"


def test_sorting_200_photos_by_keyboard(window, qtbot, tmp_path):
    page = window.sort_page
    photos = make_photos(tmp_path / "camera", 200, "IMG")
    originals = tree(tmp_path / "camera")
    page.add_files([tmp_path / "camera"])
    grid = page.tray_pane.grid
    grid.setFocus()
    grid.select_row(0)
    choices = random.Random(42).choices(["1", "2", "A", "N"], k=200)
    keys = {"1": Qt.Key.Key_1, "2": Qt.Key.Key_2, "A": Qt.Key.Key_A, "N": Qt.Key.Key_N}
    for choice in choices:
        qtbot.keyClick(grid, keys[choice])
    workspace = page.board.workspace
    expected = {("alpaca" if c in "1A" else "not alpaca") + "/" + p.name: originals[p.name]
                for c, p in zip(choices, photos, strict=True)}
    assert tree(workspace) == expected, "every photo where its key sent it, unchanged"
    assert tree(tmp_path / "camera") == originals, "the originals are untouched"
    assert page.board.tray.rowCount() == 0
    counts = {c: sum(1 for x in choices if (x in "1A") == (c == "alpaca"))
              for c in ("alpaca", "not alpaca")}
    for name, count in counts.items():
        assert page.class_panes[name].count_text == f"{count} photos"
    assert window.step_bar.buttons[0].status == "200 photos sorted"
