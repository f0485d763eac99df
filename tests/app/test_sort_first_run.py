"""The first screen: nothing created behind the person's back, empty states that say what
to do, no warnings before anything was done; Open workspace shows the new one at once."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMimeData, QPoint, Qt, QUrl
from PySide6.QtGui import QColor, QDragEnterEvent, QDragLeaveEvent, QImage, QPalette
from PySide6.QtWidgets import QApplication, QFileDialog

from app.steps.sort.widgets.sort_grid import SortGrid
from tests.app.disk import make_photos, tree


def everything_under(folder: Path) -> list[str]:
    return sorted(p.relative_to(folder).as_posix() for p in folder.rglob("*"))


def test_first_launch_creates_nothing_until_the_first_photo_is_sorted(
        window, make_window, qtbot, app_paths, camera):
    page = window.sort_page
    home = app_paths.home_dir
    proposal = app_paths.pictures_dir / "Alpaca Studio"
    assert everything_under(home) == ["Pictures"], "the first launch made no folder"
    assert page.board.workspace == proposal and str(proposal) in page.messages.text
    assert page.workspace_bar.text == f"Workspace: {proposal} (not created yet)"
    assert list(page.class_panes) == ["alpaca", "not alpaca"], "the classes are proposed"
    page.add_files(sorted(camera.iterdir()))
    assert everything_under(home) == ["Pictures"], "adding photos makes no folder either"
    window.close()

    window = make_window()  # a restart before sorting: the same proposal, the same tray
    page = window.sort_page
    assert page.board.workspace == proposal and page.board.tray.rowCount() == 6
    grid = page.tray_pane.grid
    grid.setFocus()
    grid.select_row(0)
    qtbot.keyClick(grid, Qt.Key.Key_2)
    assert everything_under(proposal) == ["alpaca", "not alpaca", "not alpaca/IMG_0000.jpg"]
    assert page.workspace_bar.text == f"Workspace: {proposal}"
    window.close()
    again = make_window()
    assert again.sort_page.board.workspace == proposal
    assert again.sort_page.messages.text == "", "no first-run notice any more"


def test_opening_an_empty_folder_proposes_classes_and_makes_them_when_asked(
        window, qtbot, tmp_path, monkeypatch):
    empty = tmp_path / "my project"
    empty.mkdir()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(empty))
    qtbot.keyClick(window, Qt.Key.Key_O, Qt.KeyboardModifier.ControlModifier)
    page = window.sort_page
    assert page.board.workspace == empty
    assert list(empty.iterdir()) == [], "no class folder behind the person's back"
    assert list(page.class_panes) == ["alpaca", "not alpaca"]
    assert "proposed" in page.messages.text
    qtbot.mouseClick(page.messages._action, Qt.MouseButton.LeftButton)  # "Make them now"
    assert sorted(p.name for p in empty.iterdir()) == ["alpaca", "not alpaca"]


def test_the_empty_tray_says_drop_photos_here_and_no_warning_shows_yet(window, qtbot):
    page = window.sort_page
    grid = page.tray_pane.grid
    assert "Drop photos or folders here" in grid.empty_text
    qtbot.wait(1000)  # longer than the health check waits before it checks
    panel = page.health.panel
    assert panel.summary == "No photos sorted yet"
    assert "Warnings" not in panel.details and "0 photos" not in panel.details
    # The words are drawn in the middle of the grid itself: it differs there from a grid
    # without them.
    blank = SortGrid(page.board.tray, 64)
    blank.resize(grid.size())
    shown, plain = grid.viewport().grab().toImage(), blank.viewport().grab().toImage()
    assert shown.size() == plain.size()
    middle = [(x, y) for y in range(shown.height() // 3, 2 * shown.height() // 3)
              for x in range(20, shown.width() - 20)]
    assert sum(shown.pixel(x, y) != plain.pixel(x, y) for x, y in middle) > 100


def test_a_drag_over_a_class_lights_it_up_and_leaving_puts_it_out(window, qtbot, camera):
    grid = window.sort_page.class_panes["alpaca"].grid
    viewport = grid.viewport()
    highlight = grid.palette().color(QPalette.ColorRole.Highlight)
    before = _pixels_of(viewport.grab().toImage(), highlight)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(camera / "IMG_0000.jpg"))])
    enter = QDragEnterEvent(QPoint(20, 20), Qt.DropAction.CopyAction, mime,
                            Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(viewport, enter)
    assert enter.isAccepted() and grid.drop_target
    assert _pixels_of(viewport.grab().toImage(), highlight) > before + 200
    QApplication.sendEvent(viewport, QDragLeaveEvent())
    assert not grid.drop_target
    assert _pixels_of(viewport.grab().toImage(), highlight) == before


def test_the_count_of_selected_photos_shows(window, qtbot, camera):
    page = window.sort_page
    page.add_files(sorted(camera.iterdir()))
    grid = page.tray_pane.grid
    grid.setFocus()
    grid.select_row(0)
    qtbot.keyClick(grid, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClick(grid, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)
    assert page.tray_pane.count_text == "6 photos · 3 selected"


def test_sort_into_buttons_stay_put_as_their_counts_grow(window, qtbot, tmp_path):
    window.resize(1280, 820)
    page = window.sort_page
    page.add_files(make_photos(tmp_path / "many", 24))
    qtbot.wait(50)
    buttons = page.class_buttons
    row = [*buttons.buttons.values(), buttons.add_button]
    places = [b.geometry() for b in row]
    grid = page.tray_pane.grid
    grid.setFocus()
    grid.select_row(0)
    for _ in range(12):
        qtbot.keyClick(grid, Qt.Key.Key_1)
    qtbot.wait(50)
    assert page.class_buttons.buttons["alpaca"].text().endswith("(12)")
    assert [b.geometry() for b in row] == places, "no button moved or changed size"


def test_open_workspace_shows_the_new_one_at_once_everywhere_on_the_page(
        window, qtbot, camera, tmp_path):
    page = window.sort_page
    page.add_files(sorted(camera.iterdir()))
    page.tray_pane.grid.select_row(0)
    qtbot.waitUntil(lambda: page.preview.photo == camera / "IMG_0000.jpg", timeout=5000)
    other = tmp_path / "pets"
    make_photos(other / "cats", 2, "cat")
    make_photos(other / "dogs", 1, "dog", start=10)
    assert page.open_workspace(other)
    # No waiting: what the page shows right after the switch.
    assert page.preview.photo is None
    assert page.preview._caption.text() == ""
    assert list(page.class_panes) == ["cats", "dogs"]
    assert list(page.class_buttons.buttons) == ["cats", "dogs"]
    assert page.workspace_bar.text == f"Workspace: {other}"
    # The photos' counts follow from the background listing, nothing of the old ones meanwhile.
    qtbot.waitUntil(lambda: page.health.panel.summary.startswith("<b>3 photos sorted</b>"),
                    timeout=5000)
    assert "cats: 2 · dogs: 1" in page.health.panel.details
    assert page.tray_pane.count_text == "0 photos"
    assert window.step_bar.buttons[0].status == "3 photos sorted"
    assert tree(other) and not (other / "alpaca").exists()


def _pixels_of(image: QImage, colour: QColor) -> int:
    """How many pixels of `image` are (nearly) `colour`."""
    image = image.convertToFormat(QImage.Format.Format_RGB32)
    found = 0
    for y in range(0, image.height(), 2):
        for x in range(0, image.width(), 2):
            pixel = image.pixelColor(x, y)
            if (abs(pixel.red() - colour.red()) + abs(pixel.green() - colour.green())
                    + abs(pixel.blue() - colour.blue())) < 40:
                found += 1
    return found
