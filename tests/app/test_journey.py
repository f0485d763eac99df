"""A first-time user's first hour, end to end, on the real window with the real engine.

Launch on an empty home → add 60 holiday photos → sort them with the number keys (one slip,
taken back with Ctrl+Z), add a class and remove it → look at Augment → train the Quick
preset → test three new photos → "This is wrong", undone → quit, start again, and find the
run loaded. Every check is on what the person sees: labels, counts, buttons, the Edit menu.
"""

from __future__ import annotations

import random
import re
import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from app.steps.predict.results import CORRECTED_ROLE
from app.steps.predict.widgets.prediction_card import button_text
from tests.app.dialogs import answer
from tests.app.disk import digest, file_drop, tree

CLASSES = ("alpaca", "not alpaca")
PER_CLASS = 30
CTRL = Qt.KeyboardModifier.ControlModifier
TRAIN_MS = 180_000  # the Quick preset on 60 photos takes ~40 s on an idle 2-core machine
LOAD_MS = 90_000
ANSWER_MS = 60_000


def holiday_photos(alpaca_dir: Path, folder: Path) -> dict[str, str]:
    """60 real photos, 30 of each class, named as a camera names them (IMG_0001.jpg…), mixed.

    Returns each file's name → the class it shows (what the person sees when looking).
    """
    folder.mkdir(parents=True)
    sources = [source for name in CLASSES
               for source in sorted((alpaca_dir / name).iterdir())[:PER_CLASS]]
    random.Random(14).shuffle(sources)
    truth: dict[str, str] = {}
    for number, source in enumerate(sources, start=1):
        target = folder / f"IMG_{number:04d}{source.suffix.lower()}"
        shutil.copy(source, target)
        truth[target.name] = source.parent.name
    return truth


def new_photos(alpaca_dir: Path, folder: Path) -> list[Path]:
    """Three photos the model never saw: two alpacas and one other animal."""
    folder.mkdir(parents=True)
    picked = [*sorted((alpaca_dir / "alpaca").iterdir())[-2:],
              sorted((alpaca_dir / "not alpaca").iterdir())[-1]]
    copies = []
    for number, source in enumerate(picked):
        copy = folder / f"new_{number + 1}{source.suffix.lower()}"
        shutil.copy(source, copy)
        copies.append(copy)
    return copies


def step_status(window, step: int) -> str:
    return window.step_bar.buttons[step].status


def edit_menu_undo(window) -> str:
    """What Edit → Undo reads, as the person sees it (without the mnemonic's "&")."""
    edit = window.menuBar().actions()[1].menu()
    undo = edit.actions()[0]
    return undo.text().replace("&", "") if undo.isEnabled() else "(Undo is greyed out)"


def ctrl_z(qtbot, window) -> None:
    """Ctrl+Z, as the person presses it in the window they are looking at.

    Shortcuts reach the active window only, and the offscreen platform drops the window's
    activation when TensorFlow loads in one of its threads (a real X server keeps it).
    """
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)
    qtbot.keyClick(window, Qt.Key.Key_Z, CTRL)


def click(qtbot, widget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def card_button(page, row: int) -> str:
    """The text drawn on a card's button."""
    return button_text(page.results.index(row, 0).data(CORRECTED_ROLE))


def click_card_button(qtbot, page, row: int) -> None:
    button = page.cards.delegate.button_rect(page.cards.card_rect(row))
    qtbot.mouseClick(page.cards.viewport(), Qt.MouseButton.LeftButton, pos=button.center())


def sort_by_key(qtbot, page, truth: dict[str, str], keys: dict[str, Qt.Key]) -> None:
    """Look at the photo shown, press its class's key; the next photo comes up by itself."""
    grid = page.tray_pane.grid
    while page.board.tray.rowCount():
        shown = grid.current_photo()
        assert shown is not None, "a photo is selected for the next key"
        # The person looks at the photo before pressing its key.
        qtbot.waitUntil(lambda s=shown: page.preview.photo == s, timeout=5000)
        qtbot.keyClick(grid, keys[truth[shown.name]])


@pytest.mark.slow
def test_a_first_time_user_goes_from_holiday_photos_to_a_tested_model_and_back(
        make_window, qtbot, tmp_path, alpaca_dir, imagenet_weights_available, app_paths,
        monkeypatch):
    holiday = tmp_path / "holiday"
    truth = holiday_photos(alpaca_dir, holiday)
    holiday_before = tree(holiday)
    assert sorted(truth.values()).count("alpaca") == PER_CLASS

    # --- Launch on an empty home: a welcome, nothing created, nothing to warn about
    window = make_window()
    bar = window.step_bar
    sort = window.sort_page
    workspace = app_paths.pictures_dir / "Alpaca Studio"
    assert bar.welcome.isVisible() and "4 Test" in bar.welcome.text()
    assert step_status(window, 0) == "0 photos sorted"
    assert step_status(window, 2) == "Not trained yet"
    assert step_status(window, 3) == "No model yet"
    assert str(workspace) in sort.messages.text and "Nothing is created" in sort.messages.text
    assert not workspace.exists()
    assert sort.tray_pane.count_text == "0 photos"
    assert [pane.count_text for pane in sort.class_panes.values()] == ["0 photos", "0 photos"]
    assert edit_menu_undo(window) == "(Undo is greyed out)"
    click(qtbot, bar.welcome_button)
    assert not bar.welcome.isVisible() and bar.guide_button.isVisible()

    # --- Add 60 photos: the holiday folder dropped on the window
    event = file_drop(window, [holiday])
    assert event.isAccepted()
    assert sort.tray_pane.count_text == "60 photos"
    assert step_status(window, 0) == "0 photos sorted · 60 unsorted"
    assert not workspace.exists(), "adding copies nothing yet"

    # --- Sort with the keys; one slip, taken back
    grid = sort.tray_pane.grid
    grid.setFocus()
    keys = {"alpaca": Qt.Key.Key_1, "not alpaca": Qt.Key.Key_2}
    first = grid.current_photo()
    assert first is not None
    qtbot.waitUntil(lambda: sort.preview.photo == first, timeout=5000)
    wrong = "not alpaca" if truth[first.name] == "alpaca" else "alpaca"
    qtbot.keyClick(grid, keys[wrong])  # the slip
    assert (workspace / wrong / first.name).is_file(), "the first sort makes the folders"
    assert edit_menu_undo(window) == f"Undo put {first.name} in '{wrong}'"
    assert grid.current_photo() != first, "the next photo came up"
    ctrl_z(qtbot, window)
    assert window.statusBar().currentMessage() == f"Undone: put {first.name} in '{wrong}'"
    assert not (workspace / wrong / first.name).exists()
    assert grid.current_photo() == first, "undo selects the photo it brought back"
    assert sort.tray_pane.count_text == "60 photos"
    sort_by_key(qtbot, sort, truth, keys)
    assert sort.tray_pane.count_text == "0 photos"
    assert [pane.count_text for pane in sort.class_panes.values()] == ["30 photos"] * 2
    assert sort.class_buttons.buttons["alpaca"].text() == "1 · A  alpaca  (30)"
    assert step_status(window, 0) == "60 photos sorted"
    for name in CLASSES:
        assert sorted(p.name for p in (workspace / name).iterdir()) == sorted(
            photo for photo, kind in truth.items() if kind == name)
    assert tree(holiday) == holiday_before, "the person's own photos are untouched"
    # The health panel agrees at once, then has checked every photo.
    qtbot.waitUntil(lambda: "60 photos checked" in sort.health.panel.summary,
                    timeout=30_000)

    # --- Add a class, then think better of it
    click(qtbot, sort.class_buttons.add_button)
    dialog = sort.class_dialog
    assert dialog is not None and dialog.isVisible()
    dialog.field.selectAll()
    qtbot.keyClicks(dialog.field, "llamas")
    click(qtbot, dialog.ok_button)
    assert not dialog.isVisible()
    assert list(sort.class_panes) == ["alpaca", "not alpaca", "llamas"]
    assert sort.class_buttons.buttons["llamas"].text().startswith("3 · L  llamas"), \
        "the new class takes the next key"
    assert (workspace / "llamas").is_dir()
    asked = answer(monkeypatch, QMessageBox.StandardButton.Yes)
    click(qtbot, sort.class_panes["llamas"].remove_button)
    assert len(asked) == 1 and "It has no photos." in asked[0]
    assert list(sort.class_panes) == ["alpaca", "not alpaca"]
    assert not (workspace / "llamas").exists()
    assert edit_menu_undo(window) == "Undo remove class 'llamas'"
    assert sort.class_buttons.buttons["not alpaca"].text() == "2 · N  not alpaca  (30)", \
        "the other keys did not move"

    # --- Augment: nine versions of one of the person's photos
    with qtbot.waitSignal(window.augment_page.preview_shown, timeout=LOAD_MS):
        click(qtbot, bar.buttons[1])
    augment = window.augment_page
    assert window.current_step == "Augment"
    assert len(augment.grid.tiles) == 9 and all(not t.image.isNull() for t in augment.grid.tiles)
    assert "160×160 pixels" in augment.caption.text()
    assert augment.caption.text().split(" ")[0] in truth, "one of the holiday photos"

    # --- Train the Quick preset
    click(qtbot, bar.buttons[2])
    train = window.train_page
    assert window.current_step == "Train"
    qtbot.waitUntil(lambda: "for training" in train.summary.text and "…" not in
                    train.summary.text.split("for training")[0], timeout=30_000)
    summary = train.summary.text
    assert re.search(r"alpaca</td><td align='right'><b>30</b>", summary), summary
    assert "kept aside for validation (about 20%" in summary
    train.settings_panel.preset.setCurrentText("Quick")
    assert train.settings_panel.frozen_epochs.value() == 3
    assert train.settings_panel.fine_tune_epochs.value() == 2
    assert train.start_button.isEnabled() and not train.cancel_button.isEnabled()
    click(qtbot, train.start_button)
    assert not train.start_button.isEnabled() and train.cancel_button.isEnabled()
    assert step_status(window, 2).startswith("Training…")
    qtbot.waitUntil(lambda: not train.is_training, timeout=TRAIN_MS)
    assert train.messages.text == "", train.messages.text
    headline = train.results.headline.text()
    score = re.search(r"(\d+) of (\d+) validation photos right — (\d+)%", headline)
    assert score, headline
    assert train.progress.phase.text().startswith("<b>Done: ")
    assert "ready on the Test step" in train.progress.details.text()
    assert train.charts.epoch_points == 5, "five rounds drawn"
    assert step_status(window, 2) == f"Last run: {score.group(3)}%"
    assert train.start_button.isEnabled() and not train.cancel_button.isEnabled()
    runs = [p for p in app_paths.runs_dir(workspace).iterdir() if p.is_dir()]
    assert len(runs) == 1
    qtbot.waitUntil(lambda: train.runs.list.paths == runs, timeout=10_000)

    # --- Test three new photos
    click(qtbot, bar.buttons[3])
    test = window.predict_page
    qtbot.waitUntil(lambda: test.loaded is not None, timeout=LOAD_MS)
    assert step_status(window, 3) == "Ready"
    photos = new_photos(alpaca_dir, tmp_path / "new photos")
    file_drop(window, photos)
    qtbot.waitUntil(lambda: test.results.rowCount() == 3 and not test.is_predicting,
                    timeout=ANSWER_MS)
    assert step_status(window, 3) == "3 photos tested"
    assert window.current_step == "Test", "a drop on the Test step is tested, not sorted"
    assert [card_button(test, row) for row in range(3)] == ["This is wrong"] * 3
    answered = test.results.prediction(0)
    assert answered.label in CLASSES

    # --- "This is wrong", then Ctrl+Z
    right = CLASSES[1 - CLASSES.index(answered.label)]
    copy = workspace / right / answered.path.name
    original = digest(answered.path)
    click_card_button(qtbot, test, 0)
    assert card_button(test, 0) == f"✓ Put in {right}"
    assert copy.is_file() and digest(copy) == original
    assert edit_menu_undo(window) == f"Undo put {answered.path.name} in '{right}'"
    assert step_status(window, 0) == "61 photos sorted", "the Sort step counts the copy"
    ctrl_z(qtbot, window)
    assert window.statusBar().currentMessage() == \
        f"Undone: put {answered.path.name} in '{right}'"
    assert card_button(test, 0) == "This is wrong"
    assert not copy.exists() and digest(answered.path) == original
    assert step_status(window, 0) == "60 photos sorted"
    assert edit_menu_undo(window) == "Undo remove class 'llamas'", "the history goes on"

    # --- Quit and start again: the run is there, and the Test step answers with it
    window.close()
    QApplication.processEvents()
    again = make_window()
    assert not again.step_bar.welcome.isVisible(), "the welcome stays dismissed"
    assert again.sort_page.board.workspace == workspace
    # The class folders are listed in the background and fill a pane per turn of the loop.
    qtbot.waitUntil(lambda: not again.sort_page.board.listing, timeout=10_000)
    assert again.step_bar.buttons[0].status == "60 photos sorted"
    qtbot.waitUntil(lambda: again.step_bar.buttons[2].status == f"Last run: {score.group(3)}%",
                    timeout=10_000)
    click(qtbot, again.step_bar.buttons[2])
    train = again.train_page
    qtbot.waitUntil(lambda: score.group(0) in train.results.headline.text(), timeout=10_000)
    assert train.results.headline.text().startswith(
        "<span style='font-size: 15px'>Run of "), "the run is named by its date"
    assert train.charts.epoch_points == 5, "its charts are drawn, without a click"
    assert train.runs.list.current_path == runs[0]
    click(qtbot, again.step_bar.buttons[3])
    test = again.predict_page
    qtbot.waitUntil(lambda: test.loaded is not None, timeout=LOAD_MS)
    assert again.step_bar.buttons[3].status == "Ready"
    assert test.picker.combo.currentText().startswith("Latest run")
    assert tree(holiday) == holiday_before
