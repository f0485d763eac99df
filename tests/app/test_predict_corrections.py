"""The Test page's own corrections: "This is wrong" and "Copy into class folders…", undoable.

One window for the module with the session's small real model (see `test_test_page`).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog

from app.steps.predict.results import CORRECTED_COLUMN, CORRECTED_ROLE
from app.steps.predict.widgets.prediction_card import button_text
from tests.app.disk import digest, tree
from tests.app.test_test_page import (
    answer_all,
    click_this_is_wrong,
)
from tests.trained_run import CLASSES

REDO = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def undo_text(window) -> str:
    """What Edit ▸ Undo says, without its mnemonic."""
    action = next(a for a in window.findChildren(QAction) if a.text().startswith("&Undo"))
    return action.text().replace("&", "")


def ctrl_z(qtbot, window, modifiers=Qt.KeyboardModifier.ControlModifier) -> None:
    qtbot.keyClick(window, Qt.Key.Key_Z, modifiers)


def card_button(page, row: int = 0) -> str:
    """The text of a card's button, as it is drawn."""
    return button_text(page.results.index(row, 0).data(CORRECTED_ROLE))


def other_class(label: str) -> str:
    return CLASSES[1 - CLASSES.index(label)]


def test_this_is_wrong_is_undone_by_ctrl_z_from_any_step(page_window, qtbot, own_photos):
    window = page_window
    page = window.predict_page
    photo = own_photos[0]
    original = digest(photo)
    answer_all(qtbot, window, [photo])
    other = other_class(page.results.prediction(0).label)
    copy = page.workspace / other / photo.name
    assert card_button(page) == "This is wrong"

    click_this_is_wrong(qtbot, page)
    assert copy.is_file() and digest(copy) == original
    assert card_button(page) == f"✓ Put in {other}"
    assert page.results.index(0, CORRECTED_COLUMN).data() == other
    assert undo_text(window) == f"Undo put {photo.name} in '{other}'"

    window.go_to_step(0)  # the Sort step: Ctrl+Z reaches the Test page's change from there
    ctrl_z(qtbot, window)
    assert not copy.exists() and digest(photo) == original
    assert window.statusBar().currentMessage() == f"Undone: put {photo.name} in '{other}'"
    assert card_button(page) == "This is wrong"
    assert page.results.index(0, CORRECTED_COLUMN).data() == ""
    assert f"{photo.name} was taken back out of “{other}”" in page.messages.text, \
        "the page no longer says the copy is there"

    ctrl_z(qtbot, window, REDO)
    assert copy.is_file() and card_button(page) == f"✓ Put in {other}"
    window.go_to_step(3)
    click_this_is_wrong(qtbot, page)  # clicked back: the same as undoing it
    assert not copy.exists() and card_button(page) == "This is wrong"
    assert window.statusBar().currentMessage() == f"Undone: put {photo.name} in '{other}'"


def test_a_card_clicked_back_after_other_changes_takes_its_photo_out(page_window, qtbot,
                                                                    own_photos):
    window = page_window
    page = window.predict_page
    answer_all(qtbot, window, own_photos[:2])
    first, second = page.results.prediction(0), page.results.prediction(1)
    first_copy = page.workspace / other_class(first.label) / first.path.name
    second_copy = page.workspace / other_class(second.label) / second.path.name
    click_this_is_wrong(qtbot, page, 0)
    click_this_is_wrong(qtbot, page, 1)
    assert first_copy.is_file() and second_copy.is_file()

    click_this_is_wrong(qtbot, page, 0)  # not the last change: taking it out is one of its own
    assert not first_copy.exists() and second_copy.is_file()
    assert card_button(page, 0) == "This is wrong" and card_button(page, 1).startswith("✓")
    assert undo_text(window) == \
        f"Undo take {first.path.name} out of '{other_class(first.label)}'"
    ctrl_z(qtbot, window)
    assert first_copy.is_file() and card_button(page, 0).startswith("✓")
    ctrl_z(qtbot, window)  # the second photo's correction
    ctrl_z(qtbot, window)  # the first photo's
    assert not first_copy.exists() and not second_copy.exists()
    assert card_button(page, 0) == card_button(page, 1) == "This is wrong"


def test_a_copy_changed_since_is_kept_and_the_card_says_so(page_window, qtbot, own_photos):
    window = page_window
    page = window.predict_page
    photo = own_photos[0]
    answer_all(qtbot, window, [photo])
    click_this_is_wrong(qtbot, page)
    copy = page.workspace / other_class(page.results.prediction(0).label) / photo.name
    copy.write_bytes(b"edited by the person in another program")
    try:
        click_this_is_wrong(qtbot, page)
        assert copy.read_bytes() == b"edited by the person in another program"
        assert card_button(page).startswith("✓"), "still in the class: nothing was undone"
        assert page.messages.kind == "error" and "changed after it was made" in page.messages.text
        ctrl_z(qtbot, window)
        assert copy.is_file() and card_button(page).startswith("✓")
    finally:
        copy.unlink()
        page.history.clear()


def test_copy_into_class_folders_follows_the_corrections_and_is_undone_at_once(
        page_window, qtbot, tmp_path, own_photos, monkeypatch):
    window = page_window
    page = window.predict_page
    photos = own_photos[:3]
    answer_all(qtbot, window, photos)
    click_this_is_wrong(qtbot, page, 0)
    corrected = page.results.prediction(0)
    wanted = {p.path: p.label for p in (page.results.prediction(r) for r in range(3))}
    wanted[corrected.path] = other_class(corrected.label)

    destination = tmp_path / "sorted"
    destination.mkdir()
    offered = []
    monkeypatch.setattr(QFileDialog, "getExistingDirectory",
                        lambda _parent, title, start: offered.append((title, start))
                        or str(destination))
    with qtbot.waitSignal(page.outputs.task_done, timeout=20_000):
        qtbot.mouseClick(page.copy_button, Qt.MouseButton.LeftButton)
    (title, start), = offered
    assert Path(start) == photos[0].parent, "it proposes the folder the photos came from"
    assert title == "Copy into class folders"
    for photo, name in wanted.items():
        assert digest(destination / name / photo.name) == digest(photo)
    assert sum(1 for p in destination.rglob("*") if p.is_file()) == 3
    assert "1 photo by your own correction" in page.messages.text
    assert undo_text(window) == "Undo copy 3 photos into class folders in 'sorted'"

    window.go_to_step(1)
    ctrl_z(qtbot, window)
    assert tree(destination) == {} and list(destination.iterdir()) == [], \
        "the copies and the class folders made for them are gone"
    assert f"The 3 copies made in {destination} were taken back" in page.messages.text
    ctrl_z(qtbot, window, REDO)
    assert sum(1 for p in destination.rglob("*") if p.is_file()) == 3

    # The folder proposed next time is the last one chosen; once gone, one that exists.
    offered.clear()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory",
                        lambda _parent, title, start: offered.append((title, start)) or "")
    qtbot.mouseClick(page.copy_button, Qt.MouseButton.LeftButton)
    assert Path(offered[-1][1]) == destination
    for file in sorted(destination.rglob("*"), reverse=True):
        file.unlink() if file.is_file() else file.rmdir()
    destination.rmdir()
    qtbot.mouseClick(page.copy_button, Qt.MouseButton.LeftButton)
    assert Path(offered[-1][1]).is_dir()
    page.history.clear()  # the copies were removed by hand


def test_copy_into_the_workspace_skips_corrected_photos_and_is_one_change(
        page_window, qtbot, own_photos, monkeypatch):
    window = page_window
    page = window.predict_page
    workspace = page.workspace
    before = tree(workspace)
    answer_all(qtbot, window, own_photos[:2])
    click_this_is_wrong(qtbot, page, 0)
    corrected, other = page.results.prediction(0), page.results.prediction(1)
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(workspace))
    with qtbot.waitSignal(page.workspace_photos_added, timeout=20_000) as added:
        qtbot.mouseClick(page.copy_button, Qt.MouseButton.LeftButton)
    assert added.args[0] == [workspace / other.label / other.path.name]
    assert "Copied 1 photo into the class folders" in page.messages.text
    assert "1 photo you put in a class with “This is wrong” was there already" \
        in page.messages.text
    copies = [p for p in workspace.rglob(corrected.path.name)]
    assert copies == [workspace / other_class(corrected.label) / corrected.path.name], \
        "the corrected photo is not copied a second time"
    assert undo_text(window) == "Undo copy 1 photo into the classes of your workspace"
    with qtbot.waitSignal(page.workspace_photos_removed, timeout=2000):
        ctrl_z(qtbot, window)
    ctrl_z(qtbot, window)
    assert tree(workspace) == before
