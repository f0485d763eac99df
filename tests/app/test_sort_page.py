"""Sorting photos with keys, clicks and drags; undo and redo; classes; the health panel."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from app.photo_model import REASON_ROLE
from tests.app.disk import digest, drop, file_drop, make_photos, tree


@pytest.fixture
def sorting(window, camera):
    """The window with the six photos of `camera` in the tray, the first one selected."""
    page = window.sort_page
    page.add_files(sorted(camera.iterdir()))
    page.tray_pane.grid.setFocus()
    page.tray_pane.grid.select_row(0)
    return window


def workspace_of(window) -> Path:
    return window.sort_page.board.workspace


def names_in(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir()) if folder.exists() else []


def made(workspace: Path) -> Path:
    """The first-run workspace with its class folders made (as sorting a photo would)."""
    for name in ("alpaca", "not alpaca"):
        (workspace / name).mkdir(parents=True, exist_ok=True)
    return workspace


def test_number_keys_and_initials_copy_photos_and_move_to_the_next(sorting, qtbot, camera):
    page, grid = sorting.sort_page, sorting.sort_page.tray_pane.grid
    originals = tree(camera)
    qtbot.keyClick(grid, Qt.Key.Key_1)
    assert names_in(workspace_of(sorting) / "alpaca") == ["IMG_0000.jpg"]
    assert grid.current_photo() == camera / "IMG_0001.jpg", "the next photo is selected"
    qtbot.keyClick(grid, Qt.Key.Key_N)  # the initial of "not alpaca"
    qtbot.keyClick(grid, Qt.Key.Key_2)
    qtbot.keyClick(grid, Qt.Key.Key_A)
    ws = workspace_of(sorting)
    assert names_in(ws / "alpaca") == ["IMG_0000.jpg", "IMG_0003.jpg"]
    assert names_in(ws / "not alpaca") == ["IMG_0001.jpg", "IMG_0002.jpg"]
    for name in ("IMG_0000.jpg", "IMG_0003.jpg"):
        assert digest(ws / "alpaca" / name) == originals[name]
    assert tree(camera) == originals, "copying must leave the originals untouched"
    assert page.tray_pane.count_text == "2 photos"
    assert page.class_panes["alpaca"].count_text == "2 photos"
    assert page.class_buttons.buttons["alpaca"].text().endswith("(2)")
    assert sorting.step_bar.buttons[0].status == "4 photos sorted · 2 unsorted"


def test_several_selected_photos_go_with_one_click(sorting, qtbot, camera):
    page, grid = sorting.sort_page, sorting.sort_page.tray_pane.grid
    grid.selectAll()
    qtbot.mouseClick(page.class_buttons.buttons["not alpaca"], Qt.MouseButton.LeftButton)
    assert names_in(workspace_of(sorting) / "not alpaca") == names_in(camera)
    assert page.board.tray.photos == []


def test_dragging_onto_a_class_pane_sorts_and_dragging_back_unsorts(sorting, camera):
    page = sorting.sort_page
    tray = page.board.tray
    mime = tray.mimeData([tray.index(1), tray.index(2)])
    event = drop(page.class_panes["not alpaca"].grid.viewport(), mime)
    assert event.isAccepted()
    ws = workspace_of(sorting)
    assert names_in(ws / "not alpaca") == ["IMG_0001.jpg", "IMG_0002.jpg"]
    # From one class to another: a move inside the workspace.
    pane_model = page.board.model("not alpaca")
    drop(page.class_panes["alpaca"].grid.viewport(), pane_model.mimeData([pane_model.index(0)]))
    assert names_in(ws / "alpaca") == ["IMG_0001.jpg"]
    assert names_in(ws / "not alpaca") == ["IMG_0002.jpg"]
    # Back to Unsorted: the photo leaves the class but stays in the workspace.
    alpaca_model = page.board.model("alpaca")
    drop(page.tray_pane.grid.viewport(), alpaca_model.mimeData([alpaca_model.index(0)]))
    assert names_in(ws / "alpaca") == []
    assert names_in(ws / ".unsorted") == ["IMG_0001.jpg"]
    assert ws / ".unsorted" / "IMG_0001.jpg" in tray.photos
    assert digest(ws / ".unsorted" / "IMG_0001.jpg") == digest(camera / "IMG_0001.jpg")


def test_files_dropped_straight_onto_a_class_pane_are_sorted_there(window, camera):
    page = window.sort_page
    file_drop(page.class_panes["alpaca"].grid.viewport(), [camera / "IMG_0004.jpg"])
    assert names_in(workspace_of(window) / "alpaca") == ["IMG_0004.jpg"]
    assert page.board.tray.photos == []


def test_a_class_pane_photo_goes_to_another_class_by_key(sorting, qtbot):
    page = sorting.sort_page
    qtbot.keyClick(page.tray_pane.grid, Qt.Key.Key_1)
    pane_grid = page.class_panes["alpaca"].grid
    pane_grid.setFocus()
    pane_grid.select_row(0)
    qtbot.keyClick(pane_grid, Qt.Key.Key_2)
    ws = workspace_of(sorting)
    assert names_in(ws / "alpaca") == [] and names_in(ws / "not alpaca") == ["IMG_0000.jpg"]
    other = page.class_panes["not alpaca"].grid
    qtbot.mouseClick(other.viewport(), Qt.MouseButton.LeftButton,
                     pos=other.visualRect(other.model().index(0, 0)).center())
    assert other.selected_photos() == [ws / "not alpaca" / "IMG_0000.jpg"]
    qtbot.keyClick(other, Qt.Key.Key_0)
    assert names_in(ws / "not alpaca") == []
    assert page.board.tray.rowCount() == 6


def test_undo_and_redo_every_change_by_keyboard(sorting, qtbot, camera):
    page, grid = sorting.sort_page, sorting.sort_page.tray_pane.grid
    ws = workspace_of(sorting)
    start = tree(ws), page.board.tray.photos
    qtbot.keyClick(grid, Qt.Key.Key_1)
    qtbot.keyClick(grid, Qt.Key.Key_2)
    after_two = tree(ws)
    page.board.add_class("llama")
    qtbot.keyClick(sorting, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert not (ws / "llama").exists()
    qtbot.keyClick(sorting, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert names_in(ws / "not alpaca") == []
    qtbot.keyClick(sorting, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert (tree(ws), page.board.tray.photos) == start, "undo restores disk and tray exactly"
    redo = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(sorting, Qt.Key.Key_Z, redo)
    qtbot.keyClick(sorting, Qt.Key.Key_Z, redo)
    assert tree(ws) == after_two
    qtbot.keyClick(sorting, Qt.Key.Key_Z, redo)
    assert (ws / "llama").is_dir()
    assert tree(camera) == {name: digest(camera / name) for name in names_in(camera)}


def test_move_instead_of_copy_and_undo_puts_the_photo_back(sorting, qtbot, camera):
    page, grid = sorting.sort_page, sorting.sort_page.tray_pane.grid
    before = digest(camera / "IMG_0000.jpg")
    qtbot.mouseClick(page.workspace_bar.move_check, Qt.MouseButton.LeftButton)
    assert page.workspace_bar.move_check.isChecked()
    qtbot.keyClick(grid, Qt.Key.Key_1)
    assert not (camera / "IMG_0000.jpg").exists()
    assert digest(workspace_of(sorting) / "alpaca" / "IMG_0000.jpg") == before
    page.board.undo_stack.undo()
    assert digest(camera / "IMG_0000.jpg") == before
    assert names_in(workspace_of(sorting) / "alpaca") == []
    assert page.board.tray.photos[0] == camera / "IMG_0000.jpg"


def test_a_name_collision_gets_a_suffix_and_undo_removes_only_our_copy(window, qtbot, tmp_path):
    page = window.sort_page
    ws = made(workspace_of(window))
    (ws / "alpaca" / "IMG_0000.jpg").write_bytes(b"the user's own older photo")
    page.board.open(ws)
    photo = make_photos(tmp_path / "new", 1, "IMG")[0]
    page.add_files([photo])
    page.tray_pane.grid.select_row(0)
    qtbot.keyClick(page.tray_pane.grid, Qt.Key.Key_1)
    assert names_in(ws / "alpaca") == ["IMG_0000 (2).jpg", "IMG_0000.jpg"]
    assert (ws / "alpaca" / "IMG_0000.jpg").read_bytes() == b"the user's own older photo"
    page.board.undo_stack.undo()
    assert names_in(ws / "alpaca") == ["IMG_0000.jpg"]
    assert (ws / "alpaca" / "IMG_0000.jpg").read_bytes() == b"the user's own older photo"


def type_in_dialog(qtbot, page, text: str) -> None:
    """Type `text` into the class name dialog the page shows, and click its OK button."""
    dialog = page.class_dialog
    assert dialog is not None and dialog.isVisible()
    dialog.field.selectAll()
    qtbot.keyClicks(dialog.field, text)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)


def test_rename_and_add_classes_through_their_dialogs(window, qtbot):
    page = window.sort_page
    ws = workspace_of(window)
    qtbot.mouseClick(page.class_buttons.add_button, Qt.MouseButton.LeftButton)
    type_in_dialog(qtbot, page, "llamas")
    assert page.class_dialog is None
    assert names_in(ws) == ["alpaca", "llamas", "not alpaca"]
    assert list(page.class_panes) == ["alpaca", "not alpaca", "llamas"]
    assert page.class_buttons.buttons["llamas"].text().startswith("3 · L")
    qtbot.mouseClick(page.class_buttons.add_button, Qt.MouseButton.LeftButton)
    type_in_dialog(qtbot, page, "../escape")
    assert "cannot contain" in page.class_dialog.reason.text()
    assert page.class_dialog.field.text() == "../escape"
    assert not (ws.parent / "escape").exists()
    page.class_dialog.reject()
    qtbot.mouseClick(page.class_panes["llamas"].rename_button, Qt.MouseButton.LeftButton)
    type_in_dialog(qtbot, page, "alpaca")
    assert "already" in page.class_dialog.reason.text()
    page.class_dialog.reject()
    (ws / "llamas" / "x.jpg").write_bytes(b"photo")
    page.board.open(ws)
    qtbot.mouseClick(page.class_panes["llamas"].rename_button, Qt.MouseButton.LeftButton)
    type_in_dialog(qtbot, page, "guanaco")
    assert names_in(ws) == ["alpaca", "guanaco", "not alpaca"]
    assert (ws / "guanaco" / "x.jpg").read_bytes() == b"photo"
    assert page.class_panes["guanaco"].count_text == "1 photo"
    page.board.undo_stack.undo()
    assert names_in(ws) == ["alpaca", "llamas", "not alpaca"]


def test_unreadable_files_stay_in_the_tray_marked_and_unsortable(window, qtbot, tmp_path):
    page = window.sort_page
    good = make_photos(tmp_path / "in", 1)[0]
    broken = tmp_path / "in" / "broken.jpg"
    broken.write_bytes(b"\xff\xd8 not really a jpeg")
    page.add_files([broken, good])
    grid = page.tray_pane.grid
    grid.setFocus()
    grid.select_row(0)
    qtbot.keyClick(grid, Qt.Key.Key_1)
    assert page.board.tray.photos == [broken, good]
    assert names_in(workspace_of(window) / "alpaca") == []
    assert "broken.jpg" in page.messages.text and "stays in 'Unsorted'" in page.messages.text \
        or "stays in Unsorted" in page.messages.text
    assert page.board.tray.index(0).data(REASON_ROLE)
    assert "Cannot be read" in page.board.tray.index(0).data(Qt.ItemDataRole.ToolTipRole)
    grid.selectAll()
    qtbot.keyClick(grid, Qt.Key.Key_2)
    assert names_in(workspace_of(window) / "not alpaca") == [good.name]
    assert page.board.tray.photos == [broken]


def test_the_health_panel_reports_warnings_duplicates_and_unreadable_files(window, qtbot,
                                                                           tmp_path):
    page = window.sort_page
    ws = made(workspace_of(window))
    photos = make_photos(tmp_path / "in", 4)
    twin = make_photos(tmp_path / "old", 1, "twin", start=90)[0]
    (ws / "alpaca" / "copy.jpg").write_bytes(twin.read_bytes())
    (ws / "alpaca" / "first.jpg").write_bytes(twin.read_bytes())
    (ws / "alpaca" / "damaged.jpg").write_bytes(b"nope")
    page.board.open(ws)
    page.add_files(photos)
    page.tray_pane.grid.selectAll()
    with qtbot.waitSignal(page.health.checked, timeout=10_000):
        page.sort_selection("alpaca")
    details = page.health.panel.details
    assert "alpaca: 7 · not alpaca: 0" in details
    assert "Class 'not alpaca' has no photos yet" in details
    assert "alpaca/copy.jpg = alpaca/first.jpg" in details
    assert "damaged.jpg" in details
    assert "7 photos checked" in page.health.panel.summary


def test_thumbnails_of_real_photos_are_made_in_the_background(window, qtbot, real_photos):
    page = window.sort_page
    page.add_files([real_photos])
    assert page.board.tray.rowCount() == 20
    first = page.board.tray.photos[0]
    page.board.tray.index(0).data(Qt.ItemDataRole.DecorationRole)  # as a paint would ask
    qtbot.waitUntil(lambda: page.thumbnails._pixmaps.get(first) is not None, timeout=10_000)
    assert max(page.thumbnails._pixmaps[first].deviceIndependentSize().toSize().toTuple()) \
        <= 112
    qtbot.waitUntil(lambda: page.preview.photo is not None, timeout=10_000)
    assert page.preview.photo == first


def test_the_preview_shows_the_photo_upright(window, qtbot, tmp_path):
    from PIL import Image

    sideways = tmp_path / "in" / "portrait.jpg"
    sideways.parent.mkdir()
    exif = Image.Exif()
    exif[0x0112] = 6  # the camera was turned: rotate 90° to view
    Image.new("RGB", (300, 200), "green").save(sideways, exif=exif)
    page = window.sort_page
    page.add_files([sideways])
    page.tray_pane.grid.setFocus()
    page.tray_pane.grid.select_row(0)
    qtbot.waitUntil(lambda: page.preview.photo == sideways, timeout=5000)
    shown = page.preview._pixmap
    assert (shown.width(), shown.height()) == (200, 300)
    assert page.preview.caption == "portrait.jpg"


def test_a_folder_of_loose_photos_opens_with_its_photos_waiting_in_the_tray(window, tmp_path,
                                                                          qtbot):
    folder = tmp_path / "holiday"
    photos = make_photos(folder, 3, "DSC")
    page = window.sort_page
    assert page.open_workspace(folder)
    assert names_in(folder) == ["DSC_0000.jpg", "DSC_0001.jpg", "DSC_0002.jpg"], \
        "nothing is created on opening"
    assert list(page.class_panes) == ["alpaca", "not alpaca"], "the classes are proposed"
    qtbot.waitUntil(lambda: page.tray_pane.count_text == "3 photos", timeout=5000)
    assert page.board.tray.photos == photos
    page.tray_pane.grid.selectAll()
    page.sort_selection("alpaca")
    # Already inside the workspace, so they are moved, not duplicated.
    assert names_in(folder / "alpaca") == [p.name for p in photos]
    assert names_in(folder) == ["alpaca", "not alpaca"]
