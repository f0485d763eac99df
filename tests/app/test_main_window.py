"""The window: title, steps, first run, remembered workspace and size, keyboard."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QApplication, QFileDialog

from tests.app.disk import file_drop, make_photos


def test_the_window_shows_four_free_steps_with_the_current_one_highlighted(window, qtbot):
    assert window.windowTitle() == "Alpaca Studio"
    assert not window.windowIcon().isNull()
    bar = window.step_bar
    assert [b.accessibleName() for b in bar.buttons] == [
        "Step 1: Sort", "Step 2: Augment", "Step 3: Train", "Step 4: Test"]
    assert window.current_step == "Sort" and bar.buttons[0].isChecked()
    qtbot.mouseClick(bar.buttons[3], Qt.MouseButton.LeftButton)  # jump ahead: not a wizard
    assert window.current_step == "Test"
    assert bar.buttons[3].isChecked() and not bar.buttons[0].isChecked()
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert window.current_step == "Augment" and bar.buttons[1].isChecked()
    assert bar.buttons[0].status == "0 photos sorted"


def test_first_run_proposes_a_workspace_without_a_dialog(window, app_paths):
    expected = app_paths.pictures_dir / "Alpaca Studio"
    assert QApplication.activeModalWidget() is None
    assert window.sort_page.board.workspace == expected
    assert not expected.exists(), "proposed, not created behind the person's back"
    assert str(expected) in window.sort_page.messages.text
    assert [p.key for p in window.sort_page.class_panes.values()] == ["alpaca", "not alpaca"]


def test_a_restart_finds_the_same_workspace_tray_and_window_size(make_window, tmp_path):
    window = make_window()
    other = tmp_path / "my classifier"
    assert window.sort_page.open_workspace(other)
    photos = make_photos(tmp_path / "inbox", 3)
    file_drop(window, photos)
    # The offscreen screen is 800 px wide: pick a size that fits it, unlike the default.
    chosen = QSize(max(780, window.minimumSizeHint().width()), 530)
    window.resize(chosen)
    assert window.size() == chosen
    window.close()

    again = make_window()
    assert again.sort_page.board.workspace == other
    assert again.sort_page.board.tray.photos == photos
    assert again.size() == chosen
    assert again.sort_page.messages.text == ""  # no first-run notice any more


def test_an_existing_data_set_opens_as_it_is(window, alpaca_dir, qtbot):
    before = sorted(p.name for p in alpaca_dir.iterdir())
    assert window.sort_page.open_workspace(alpaca_dir)
    panes = window.sort_page.class_panes
    # Each pane fills as its folder is listed in the background: wait for the last one.
    qtbot.waitUntil(lambda: not window.sort_page.board.listing, timeout=5000)
    assert panes["alpaca"].count_text == "142 photos"
    assert panes["not alpaca"].count_text == "185 photos"
    qtbot.waitUntil(lambda: window.step_bar.buttons[0].status == "327 photos sorted",
                    timeout=5000)
    window.close()
    assert sorted(p.name for p in alpaca_dir.iterdir()) == before


def test_open_workspace_by_keyboard(window, qtbot, tmp_path, monkeypatch):
    target = tmp_path / "chosen"
    target.mkdir()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(target))
    qtbot.keyClick(window, Qt.Key.Key_O, Qt.KeyboardModifier.ControlModifier)
    assert window.sort_page.board.workspace == target
    assert "chosen" in window.sort_page.workspace_bar._where.text()


def test_dropping_files_and_a_folder_onto_the_window_fills_the_tray(window, tmp_path):
    loose = make_photos(tmp_path / "desk", 2, "loose")
    folder = tmp_path / "trip"
    in_folder = make_photos(folder, 3, "trip") + make_photos(folder / "day2", 2, "day2")
    (folder / "notes.txt").write_text("not a photo")
    window.go_to_step(2)
    event = file_drop(window, [*loose, folder])
    assert event.isAccepted()
    assert window.current_step == "Sort"
    tray = window.sort_page.board.tray.photos
    assert sorted(tray) == sorted(loose + in_folder)
    assert window.sort_page.tray_pane.count_text == "7 photos"
    assert window.step_bar.buttons[0].status == "0 photos sorted · 7 unsorted"
    # Adding photos copies nothing yet: the workspace's class folders are still empty.
    workspace = window.sort_page.board.workspace
    assert not (workspace / "alpaca").exists()


def test_every_control_is_reachable_by_tab(window):
    reached, widget = set(), window
    for _ in range(60):
        window.focusNextChild()
        widget = QApplication.focusWidget()
        reached.add(type(widget).__name__ + ":" + (widget.accessibleName() or
                                                   getattr(widget, "text", lambda: "")()))
    names = " ".join(reached)
    for expected in ("Step 1: Sort", "Open workspace", "Add photos", "Photos in Unsorted",
                     "Photos in alpaca", "alpaca"):
        assert expected in names, f"{expected!r} cannot be reached with Tab"


def test_closing_stops_background_work(make_window, real_photos):
    window = make_window()
    window.sort_page.add_files([real_photos])
    window.sort_page.health.run()
    window.close()
    from app.worker import _LIVE
    assert not _LIVE


def path_names(paths: list[Path]) -> list[str]:
    return [p.name for p in paths]


def test_a_message_with_a_very_long_file_name_wraps_instead_of_widening_the_window(
        window, qtbot):
    window.resize(1280, 820)
    qtbot.waitUntil(lambda: window.width() == 1280)
    name = "holiday-" + "x" * 190 + ".jpg"
    text = f"A copy of {name} is now in “alpaca” in your workspace."
    window.sort_page.messages.show_message(text, "info")
    QApplication.processEvents()
    assert window.minimumSizeHint().width() <= 1280
    assert window.width() == 1280
    assert window.sort_page.messages.text == text, "the text itself is unchanged"


def test_the_train_page_hands_runs_to_the_test_step(window, tmp_path):
    run = tmp_path / "runs" / "2026-11-28_10-00-00"
    window.train_page.test_requested.emit(run)  # Use for testing, or a double-click
    assert window.current_step == "Test"
    listed = []
    window.predict_page.models.refresh_runs = lambda: listed.append(True)
    window.predict_page.models.runs_stale = False
    window.train_page.run_deleted.emit(run)
    assert listed or window.predict_page.models.runs_stale, "the Test step lists its runs again"


def test_a_first_launch_explains_the_four_steps_until_got_it(make_window, qtbot):
    window = make_window()
    bar = window.step_bar
    assert bar.welcome.isVisible()
    text = bar.welcome.text()
    for step in ("1 Sort", "2 Augment", "3 Train", "4 Test"):
        assert step in text
    steps_at = [button.geometry() for button in bar.buttons]
    qtbot.mouseClick(bar.welcome_button, Qt.MouseButton.LeftButton)
    assert not bar.welcome.isVisible() and bar.guide_button.isVisible()
    assert [button.geometry() for button in bar.buttons] == steps_at, "no step moved"
    window.close()
    again = make_window()  # the app started again
    assert not again.step_bar.welcome.isVisible() and again.step_bar.guide_button.isVisible()


def test_help_explains_how_it_works_and_names_the_version(window, qtbot, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    shown = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.text()))
    monkeypatch.setattr(QMessageBox, "about",
                        lambda _parent, title, text: shown.append(f"{title}: {text}"))
    help_menu = next(action.menu() for action in window.menuBar().actions()
                     if action.text() == "&Help")
    titles = [action.text() for action in help_menu.actions()]
    assert titles == ["&How it works", "&About Alpaca Studio"]
    help_menu.actions()[0].trigger()
    assert "<b>Sort.</b>" in shown[0] and "<b>Test.</b>" in shown[0]
    qtbot.mouseClick(window.step_bar.guide_button, Qt.MouseButton.LeftButton)
    assert len(shown) == 2 and shown[1] == shown[0]
    help_menu.actions()[1].trigger()
    from importlib.metadata import version
    assert f"<b>Alpaca Studio</b> {version('alpaca-studio')}" in shown[2]


def test_the_photo_cache_is_freed_from_the_file_menu_after_asking(window, qtbot, monkeypatch):
    import numpy as np
    from PySide6.QtWidgets import QMessageBox

    from core.photo_cache import cache_size, write_entry
    from tests.app.dialogs import answer

    assert write_entry("pixels", "a" * 40, np.zeros((600, 600, 3), np.uint8))
    size = cache_size()
    assert size > 1_000_000
    file_menu = window.menuBar().actions()[0].menu()
    file_menu.aboutToShow.emit()
    action = window.free_cache_action
    qtbot.waitUntil(lambda: action.text() == f"&Free {size / 1_000_000:.0f} MB of photo cache…",
                    timeout=5000)
    asked = answer(monkeypatch, QMessageBox.StandardButton.No)
    action.trigger()
    assert len(asked) == 1 and cache_size() == size, "No: nothing is freed"
    answer(monkeypatch, QMessageBox.StandardButton.Yes)
    action.trigger()
    qtbot.waitUntil(lambda: cache_size() == 0, timeout=5000)
    qtbot.waitUntil(lambda: window.statusBar().currentMessage().startswith("Freed "),
                    timeout=5000)
    assert not action.isEnabled()


def test_the_window_fits_a_1024_by_600_screen(window, qtbot):
    """A 1366×768 laptop at 125% or a 1920×1080 one at 150% leaves about this much."""
    hint = window.minimumSizeHint()
    assert hint.width() <= 1024 and hint.height() <= 600, hint
    for step in range(4):
        window.go_to_step(step)
        window.resize(1024, 600)
        qtbot.waitUntil(lambda: (window.width(), window.height()) == (1024, 600), timeout=2000)
