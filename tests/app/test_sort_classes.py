"""Class names and keys: a refused name keeps its dialog, keys keep the person's order."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from tests.app.dialogs import answer
from tests.app.disk import make_photos


def names_in(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir()) if folder.exists() else []


def open_add_dialog(qtbot, page):
    qtbot.mouseClick(page.class_buttons.add_button, Qt.MouseButton.LeftButton)
    dialog = page.class_dialog
    assert dialog is not None and dialog.isVisible()
    return dialog


def type_and_ok(qtbot, dialog, text: str) -> None:
    dialog.field.selectAll()
    qtbot.keyClicks(dialog.field, text)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)


def keys_of(page) -> dict[str, str]:
    return {name: pane._key.text() for name, pane in page.class_panes.items()}


def test_a_refused_name_keeps_the_dialog_open_with_the_name_and_the_reason(window, qtbot):
    page = window.sort_page
    dialog = open_add_dialog(qtbot, page)
    type_and_ok(qtbot, dialog, "Alpaca")
    assert dialog.isVisible(), "the dialog stays open"
    assert dialog.field.text() == "Alpaca", "with what the person typed"
    reason = dialog.reason.text()
    assert "There is already a class called 'alpaca'" in reason and "capitals" in reason
    assert "Received" not in reason and "name=" not in reason
    assert list(page.class_panes) == ["alpaca", "not alpaca"]
    type_and_ok(qtbot, dialog, "a/b")
    assert dialog.isVisible() and "cannot contain" in dialog.reason.text()
    assert "Received" not in dialog.reason.text()
    type_and_ok(qtbot, dialog, "llama")
    assert not dialog.isVisible()
    assert list(page.class_panes) == ["alpaca", "not alpaca", "llama"]


def test_renaming_into_another_class_name_in_other_capitals_is_refused(window, qtbot):
    page = window.sort_page
    qtbot.mouseClick(page.class_panes["not alpaca"].rename_button, Qt.MouseButton.LeftButton)
    dialog = page.class_dialog
    assert dialog.windowTitle() == "Rename class"
    type_and_ok(qtbot, dialog, "ALPACA")
    assert dialog.isVisible() and dialog.field.text() == "ALPACA"
    assert "already a class called 'alpaca'" in dialog.reason.text()
    # Its own name in other capitals is fine: the same class.
    type_and_ok(qtbot, dialog, "Not Alpaca")
    assert not dialog.isVisible()
    assert list(page.class_panes) == ["alpaca", "Not Alpaca"]


def test_keys_keep_the_persons_order_through_adding_removing_and_a_restart(
        window, make_window, qtbot, monkeypatch, tmp_path):
    page = window.sort_page
    for name in ("zebra", "cats"):
        type_and_ok(qtbot, open_add_dialog(qtbot, page), name)
    assert keys_of(page) == {"alpaca": "1 · A", "not alpaca": "2 · N", "zebra": "3 · Z",
                             "cats": "4 · C"}, "a new class takes the next key"
    photos = make_photos(tmp_path / "in", 2)
    page.add_files(photos)
    grid = page.tray_pane.grid
    grid.setFocus()
    grid.select_row(0)
    qtbot.keyClick(grid, Qt.Key.Key_3)
    ws = page.board.workspace
    assert names_in(ws / "zebra") == [photos[0].name]

    answer(monkeypatch, QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(page.class_panes["not alpaca"].remove_button, Qt.MouseButton.LeftButton)
    assert keys_of(page)["zebra"].startswith("3") and keys_of(page)["cats"].startswith("4"), \
        "removing a class renumbers no other"
    grid.setFocus()
    grid.select_row(0)
    qtbot.keyClick(grid, Qt.Key.Key_2)  # the key of the removed class now does nothing
    assert page.board.tray.photos == [photos[1]]
    type_and_ok(qtbot, open_add_dialog(qtbot, page), "dogs")
    assert keys_of(page)["dogs"] == "5 · D"

    window.close()
    again = make_window()
    assert keys_of(again.sort_page) == {"alpaca": "1 · A", "zebra": "3 · Z", "cats": "4 · C",
                                        "dogs": "5 · D"}, "the order is remembered"
    assert [p.name for p in ws.iterdir() if p.is_file()] == [], \
        "nothing of the app's is written among the photos"
