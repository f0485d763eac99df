"""The Unsorted tray when it mixes sources: copies vs. moves, removal, drops, undo's reach."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.app.disk import digest, file_drop, make_photos, tree


def names_in(folder) -> list[str]:
    return sorted(p.name for p in folder.iterdir()) if folder.exists() else []


def test_a_selection_that_starts_with_a_workspace_photo_still_copies_the_others(
        window, qtbot, camera):
    page, grid = window.sort_page, window.sort_page.tray_pane.grid
    ws = page.board.workspace
    photos = sorted(camera.iterdir())
    originals = tree(camera)
    page.add_files(photos[:1])
    grid.setFocus()
    grid.select_row(0)
    qtbot.keyClick(grid, Qt.Key.Key_1)  # a copy in alpaca
    alpaca = page.class_panes["alpaca"].grid
    alpaca.setFocus()
    alpaca.select_row(0)
    qtbot.keyClick(alpaca, Qt.Key.Key_0)  # that copy back to Unsorted: a workspace file
    assert page.board.tray.photos[0] == ws / ".unsorted" / photos[0].name
    page.add_files(photos[1:3])
    grid.setFocus()
    grid.selectAll()
    qtbot.keyClick(grid, Qt.Key.Key_2)
    assert names_in(ws / "not alpaca") == [p.name for p in photos[:3]]
    assert tree(camera) == originals, "the photos from outside were copied, never moved"


def test_undo_reaches_a_change_from_any_step_and_says_what_it_took_back(window, qtbot, camera):
    page, grid = window.sort_page, window.sort_page.tray_pane.grid
    ws = page.board.workspace
    page.add_files(sorted(camera.iterdir()))
    grid.setFocus()
    grid.select_row(0)
    qtbot.keyClick(grid, Qt.Key.Key_1)
    assert names_in(ws / "alpaca") == ["IMG_0000.jpg"]
    window.go_to_step(2)  # on the Train step
    edit = window.menuBar().actions()[1].menu()
    assert edit.actions()[0].text().startswith("&Undo put IMG_0000.jpg in 'alpaca'")
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert names_in(ws / "alpaca") == []
    assert window.statusBar().currentMessage() == "Undone: put IMG_0000.jpg in 'alpaca'"
    redo = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(window, Qt.Key.Key_Z, redo)
    assert names_in(ws / "alpaca") == ["IMG_0000.jpg"]
    assert window.statusBar().currentMessage() == "Redone: put IMG_0000.jpg in 'alpaca'"


def test_photos_waiting_in_the_tray_dropped_again_on_a_class_are_sorted(window, qtbot, camera):
    page = window.sort_page
    ws = page.board.workspace
    photos = sorted(camera.iterdir())
    page.add_files(photos)
    file_drop(page.class_panes["alpaca"].grid.viewport(), photos[:2])
    assert names_in(ws / "alpaca") == [p.name for p in photos[:2]]
    assert page.board.tray.photos == photos[2:]
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert names_in(ws / "alpaca") == []
    assert page.board.tray.photos == photos, "one undo puts them back, in their places"


def test_delete_takes_photos_off_the_tray_and_never_off_the_disk(
        window, make_window, qtbot, camera, tmp_path):
    page, grid = window.sort_page, window.sort_page.tray_pane.grid
    photos = sorted(camera.iterdir())
    originals = tree(camera)
    gone = make_photos(tmp_path / "card", 1, "GONE")[0]
    page.add_files([*photos[:3], gone])
    gone.unlink()  # the memory card was taken out
    grid.setFocus()
    grid.select_row(1)
    qtbot.keyClick(grid, Qt.Key.Key_Delete)
    assert page.board.tray.photos == [photos[0], photos[2], gone]
    assert grid.current_photo() == photos[2], "the next photo is selected"
    grid.select_row(2)
    qtbot.keyClick(grid, Qt.Key.Key_Backspace)
    assert page.board.tray.photos == [photos[0], photos[2]]
    assert tree(camera) == originals
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert page.board.tray.photos == [photos[0], photos[2], gone]
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert page.board.tray.photos == [*photos[:3], gone]
    redo = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(window, Qt.Key.Key_Z, redo)
    window.close()
    again = make_window()
    assert again.sort_page.board.tray.photos == [photos[0], photos[2], gone], \
        "a removal is remembered"


def test_a_photo_in_the_workspace_stays_listed_and_the_message_says_why(window, qtbot):
    page, grid = window.sort_page, window.sort_page.tray_pane.grid
    ws = page.board.workspace
    loose = make_photos(ws, 1, "loose")[0]
    page.board.open(ws)
    qtbot.waitUntil(lambda: page.board.tray.photos == [loose], timeout=5000)
    grid.setFocus()
    grid.select_row(0)
    qtbot.keyClick(grid, Qt.Key.Key_Delete)
    assert page.board.tray.photos == [loose] and loose.exists()
    assert "loose_0000.jpg" in page.messages.text and "stays in Unsorted" in page.messages.text


def test_each_unreadable_file_is_named_with_its_own_reason(window, qtbot, tmp_path):
    page, grid = window.sort_page, window.sort_page.tray_pane.grid
    folder = tmp_path / "bad"
    folder.mkdir()
    (folder / "empty.jpg").write_bytes(b"")
    (folder / "notes.jpg").write_text("shopping list")
    good = make_photos(folder, 1)[0]
    truncated = folder / "cut.jpg"
    truncated.write_bytes(good.read_bytes()[:200])
    page.add_files([folder])
    grid.setFocus()
    grid.selectAll()
    qtbot.keyClick(grid, Qt.Key.Key_1)
    lines = page.messages.text.splitlines()
    by_name = {line.split("”")[0].strip("“"): line for line in lines if line.startswith("“")}
    assert set(by_name) == {"empty.jpg", "notes.jpg", "cut.jpg"}
    assert "empty (0 bytes)" in by_name["empty.jpg"]
    assert "not a photo" in by_name["notes.jpg"]
    assert "damaged" in by_name["cut.jpg"]
    assert lines[-1] == "They stay in Unsorted."
    assert names_in(page.board.workspace / "alpaca") == [good.name]
    assert digest(good) == digest(page.board.workspace / "alpaca" / good.name)
