"""The health panel keeps up with every sort, and each photo it lists can be acted on; a
photo added again is named at once."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor

from tests.app.disk import make_photos


def made(page) -> Path:
    workspace = page.board.workspace
    for name in ("alpaca", "not alpaca"):
        (workspace / name).mkdir(parents=True, exist_ok=True)
    return workspace


def test_the_counts_follow_each_sort_at_once_and_the_check_is_never_a_step_behind(
        window, qtbot, camera):
    page = window.sort_page
    panel = page.health.panel
    page.add_files(sorted(camera.iterdir()))
    grid = page.tray_pane.grid
    grid.setFocus()
    grid.select_row(0)
    qtbot.keyClick(grid, Qt.Key.Key_1)
    assert panel.summary == "<b>1 photo sorted</b> · checking…", "at once, in good words"
    assert "alpaca: 1 · not alpaca: 0" in panel.details
    with qtbot.waitSignal(page.health.checked, timeout=10_000):
        pass
    assert panel.summary.startswith("<b>1 photo checked</b>")
    for expected in range(2, 6):
        page.health.run()  # a check of what is sorted now is under way…
        qtbot.keyClick(grid, Qt.Key.Key_2)  # …when the next photo is sorted
        assert panel.summary.startswith(f"<b>{expected} photos sorted</b>")
    with qtbot.waitSignal(page.health.checked, timeout=10_000) as report:
        pass
    assert len(report.args[0].photos) == 5, "the check that reports is of the latest state"
    assert panel.summary.startswith("<b>5 photos checked</b>")
    qtbot.wait(800)  # nothing older arrives afterwards
    assert panel.summary.startswith("<b>5 photos checked</b>")


def test_adding_a_photo_that_is_already_sorted_says_which_and_where(window, qtbot, camera,
                                                                    tmp_path):
    page = window.sort_page
    page.add_files(sorted(camera.iterdir()))
    grid = page.tray_pane.grid
    grid.setFocus()
    grid.select_row(0)
    qtbot.keyClick(grid, Qt.Key.Key_2)
    renamed = tmp_path / "phone" / "holiday.jpg"
    renamed.parent.mkdir()
    renamed.write_bytes((camera / "IMG_0000.jpg").read_bytes())
    new = make_photos(tmp_path / "new", 1, "NEW", start=70)
    page.add_files([camera / "IMG_0000.jpg", renamed, *new])
    text = page.messages.text
    assert "IMG_0000.jpg is already in 'not alpaca'" in text
    assert "holiday.jpg is already in 'not alpaca' (as IMG_0000.jpg)" in text
    assert page.messages.kind == "info"
    assert [p.name for p in page.board.tray.photos] == [
        "IMG_0001.jpg", "IMG_0002.jpg", "IMG_0003.jpg", "IMG_0004.jpg", "IMG_0005.jpg",
        "NEW_0070.jpg"], "the copies are not added again"


def click_listed(qtbot, panel, text: str, choice: str) -> list[str]:
    """Click the photo `text` where the health panel lists it, then `choice` in the menu
    that opens; returns the menu's entries."""
    browser = panel.browser
    found = browser.document().find(text)
    assert not found.isNull(), f"{text!r} is not listed"
    cursor = QTextCursor(browser.document())
    cursor.setPosition(found.selectionStart() + 2)
    browser.setTextCursor(cursor)
    browser.ensureCursorVisible()
    qtbot.mouseClick(browser.viewport(), Qt.MouseButton.LeftButton,
                     pos=browser.cursorRect(cursor).center())
    menu = panel.menu
    assert menu is not None and menu.isVisible()
    action = next(a for a in menu.actions() if a.text() == choice)
    qtbot.mouseClick(menu, Qt.MouseButton.LeftButton, pos=menu.actionGeometry(action).center())
    assert not menu.isVisible()
    return [a.text() for a in menu.actions()]


def test_every_listed_photo_can_be_shown_in_sort_or_removed(window, qtbot, tmp_path):
    page = window.sort_page
    workspace = made(page)
    twin = make_photos(tmp_path / "in", 1, "twin", start=80)[0]
    (workspace / "alpaca" / "first.jpg").write_bytes(twin.read_bytes())
    (workspace / "alpaca" / "second.jpg").write_bytes(twin.read_bytes())
    (workspace / "not alpaca" / "broken.jpg").write_bytes(b"not a photo")
    make_photos(workspace / "alpaca", 3, "alp", start=20)
    with qtbot.waitSignal(page.health.checked, timeout=10_000):
        page.open_workspace(workspace)
    panel = page.health.panel

    entries = click_listed(qtbot, panel, "alpaca/second.jpg", "Show in Sort")
    assert entries == ["Show in Sort", "Remove (back to Unsorted)"]
    alpaca = page.class_panes["alpaca"].grid
    assert alpaca.selected_photos() == [workspace / "alpaca" / "second.jpg"]
    assert page.active_grid is alpaca
    qtbot.waitUntil(lambda: page.preview.photo == workspace / "alpaca" / "second.jpg",
                    timeout=5000)

    click_listed(qtbot, panel, "not alpaca/broken.jpg", "Show in Sort")
    assert page.class_panes["not alpaca"].grid.selected_photos() == [
        workspace / "not alpaca" / "broken.jpg"]

    with qtbot.waitSignal(page.health.checked, timeout=10_000):
        click_listed(qtbot, panel, "alpaca/second.jpg", "Remove (back to Unsorted)")
    assert not (workspace / "alpaca" / "second.jpg").exists()
    assert workspace / ".unsorted" / "second.jpg" in page.board.tray.photos
    assert "Duplicates" not in panel.details, "the copy is no longer in a class"
    window.activateWindow()  # the offscreen platform leaves the closed menu active
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert (workspace / "alpaca" / "second.jpg").exists(), "Remove is undoable"
