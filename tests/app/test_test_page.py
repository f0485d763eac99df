"""The Test page end to end: a real model, real photos dropped on the real window."""

from __future__ import annotations

import csv
import json
import os
import shutil
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QSettings, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from app.main_window import MainWindow
from app.settings import AppPaths
from app.steps.predict.results import ANSWER_COLUMN, CONFIDENCE_COLUMN, CORRECTED_ROLE
from app.steps.predict.widgets.dialogs import full_title
from core.run_index import delete_saved_run
from tests.app.disk import digest, file_drop, make_photos, tree
from tests.badfiles import add_bad_files
from tests.conftest import REPO
from tests.trained_run import CLASSES, copy_photos

TEST_STEP = 3
LOAD_TIMEOUT = 90_000
ANSWER_TIMEOUT = 60_000
# An export is written, then run in its own runtime on the validation photos to check it.
EXPORT_TIMEOUT = 240_000


def open_test_step_window(tmp_path_factory, trained_run: Path) -> MainWindow:
    """A window on the Test step whose workspace's latest run is `trained_run`, loaded."""
    root = tmp_path_factory.mktemp("test-page")
    paths = AppPaths(config_dir=root / "config", cache_dir=root / "cache",
                     pictures_dir=root / "home" / "Pictures", documents_dir=None,
                     home_dir=root / "home")
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope,
                      str(root / "user-settings"))
    workspace = paths.pictures_dir / "Alpaca Studio"
    workspace.mkdir(parents=True)  # first, or the runs would be looked for elsewhere
    for name in CLASSES:  # the classes the run was trained on ("This is wrong" copies there)
        (workspace / name).mkdir()
    shutil.copytree(trained_run, paths.runs_dir(workspace) / "2024-01-01_10-00-00")
    window = MainWindow(paths, QSettings(str(root / "settings.ini"), QSettings.Format.IniFormat))
    window.show()
    window.go_to_step(TEST_STEP)
    _wait_for(lambda: window.predict_page.loaded is not None, LOAD_TIMEOUT)
    return window


def _wait_for(condition, timeout_ms: int) -> None:
    end = time.monotonic() + timeout_ms / 1000
    while not condition():
        assert time.monotonic() < end, "timed out"
        QApplication.processEvents()
        time.sleep(0.005)


def fresh_page(shared_window: MainWindow, qtbot) -> MainWindow:
    """`shared_window` on a cleared Test page, answering with the workspace's latest run."""
    page = shared_window.predict_page
    latest = page.picker.latest_run()
    if page.models.source != latest:
        with qtbot.waitSignal(page.model_loaded, timeout=LOAD_TIMEOUT):
            page.models.choose_model(latest)
    qtbot.waitUntil(lambda: not page.outputs.busy, timeout=LOAD_TIMEOUT)
    page.clear()
    page.threshold.reset_button.click()
    page.tabs.setCurrentIndex(0)
    shared_window.resize(1280, 820)
    shared_window.go_to_step(TEST_STEP)
    # Keyboard shortcuts reach the active window only (a test may have opened another).
    shared_window.activateWindow()
    qtbot.waitUntil(shared_window.isActiveWindow, timeout=2000)
    return shared_window


def answer_all(qtbot, window, paths: list[Path]) -> None:
    """Drop `paths` on the window and wait until every photo is answered."""
    page = window.predict_page
    before = page.results.rowCount()
    expected = before + len(collect(paths))
    file_drop(window, paths)
    qtbot.waitUntil(lambda: page.results.rowCount() >= expected and
                    not page.is_predicting, timeout=ANSWER_TIMEOUT)


def collect(paths: list[Path]) -> list[Path]:
    found = []
    for path in paths:
        found += sorted(p for p in path.rglob("*") if p.is_file()) if path.is_dir() else [path]
    return found


def cli_predict(run: Path, paths: list[Path]) -> list[dict]:
    """What ``alpaca-studio predict --json`` says, run as its own process."""
    env = dict(os.environ, TF_CPP_MIN_LOG_LEVEL="3")
    done = subprocess.run([sys.executable, "-m", "core.cli", "predict", str(run),
                           *map(str, paths), "--json"], cwd=REPO, env=env,
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


def shown(window) -> list:
    return [window.predict_page.results.prediction(row)
            for row in range(window.predict_page.results.rowCount())]


def test_dropped_photos_get_the_answers_of_the_command_line(page_window, qtbot, trained_run,
                                                           own_photos):
    window = page_window
    page = window.predict_page
    assert page.readiness() == "Ready"
    assert page.picker.combo.currentText().startswith("Latest run")
    answer_all(qtbot, window, own_photos[:1])
    answer_all(qtbot, window, own_photos[1:])
    cards = shown(window)
    assert [p.path for p in cards] == own_photos[::-1], "the newest answer comes first"
    expected = {Path(row["path"]): row for row in cli_predict(trained_run, own_photos)}
    for prediction in cards:
        row = expected[prediction.path]
        assert prediction.label == row["label"]
        assert prediction.probability == pytest.approx(row["probability"], abs=2e-6)
    assert {p.label for p in cards} <= set(CLASSES)
    assert window.step_bar is not None and page.readiness() == "8 photos tested"
    assert page.tabs.tabText(0) == "Cards (8)"


def test_photos_dropped_while_the_model_loads_are_answered_once_it_has(
        make_window, app_paths, qtbot, trained_run, own_photos):
    workspace = app_paths.pictures_dir / "Alpaca Studio"
    workspace.mkdir(parents=True)
    shutil.copytree(trained_run, app_paths.runs_dir(workspace) / "2024-01-01_10-00-00")
    window = make_window()
    window.go_to_step(TEST_STEP)
    page = window.predict_page
    qtbot.waitUntil(lambda: page.models.loading is not None, timeout=LOAD_TIMEOUT)
    assert page.loaded is None
    outputs = (page.csv_button, page.copy_button, page.clear_button)
    assert not any(button.isEnabled() for button in outputs), "no answers to export or clear"
    file_drop(window, own_photos[:3])
    assert "as soon as the model has loaded" in page.messages.text
    qtbot.waitUntil(lambda: page.results.rowCount() == 3 and not page.is_predicting,
                    timeout=LOAD_TIMEOUT)
    assert all(button.isEnabled() for button in outputs)
    assert sorted(p.path for p in shown(window)) == sorted(own_photos[:3])
    assert all(p.ok for p in shown(window))
    assert not page.messages.isVisible()


def test_bad_files_get_a_card_saying_why(page_window, qtbot, tmp_path, own_photos):
    window = page_window
    bad = add_bad_files(tmp_path / "bad")
    dropped = [bad["zero-byte.jpg"], bad["text.jpg"], bad["truncated.jpg"], own_photos[0]]
    file_drop(window, dropped)
    page = window.predict_page
    qtbot.waitUntil(lambda: page.results.rowCount() == 4, timeout=ANSWER_TIMEOUT)
    by_name = {p.path.name: p for p in shown(window)}
    assert by_name[own_photos[0].name].ok
    assert "empty (0 bytes)" in by_name["zero-byte.jpg"].error
    assert "not a photo Alpaca Studio can read" in by_name["text.jpg"].error
    assert "damaged" in by_name["truncated.jpg"].error
    assert by_name["text.jpg"].label is None
    table_text = [page.results.index(row, ANSWER_COLUMN).data() for row in range(4)]
    assert table_text.count("cannot be read") == 3


def test_the_threshold_relabels_the_cards_without_predicting_again(page_window, qtbot,
                                                                   own_photos):
    window = page_window
    page = window.predict_page
    answer_all(qtbot, window, own_photos)
    assert page.threshold.isVisible()
    assert page.threshold.threshold == page.loaded.metadata.threshold
    first = [p.probabilities[0] for p in shown(window)]
    assert max(first) - min(first) > 0.02, "the tiny model tells the photos apart a little"
    middle = round((max(first) + min(first)) / 2, 2)
    with qtbot.assertNotEmitted(page.answers_added, wait=300):
        # The slider says how sure the model must be of the first class to say it.
        page.threshold.slider.setValue(round(middle * 100))
        assert page.threshold.explanation.text() == \
            f"Say “{CLASSES[0]}” only when at least {round(middle * 100)}% sure"
        for prediction in shown(window):
            expected = CLASSES[0] if prediction.probabilities[0] > middle else CLASSES[1]
            assert prediction.label == expected
            assert prediction.probability == pytest.approx(
                prediction.probabilities[CLASSES.index(expected)])
        assert {p.label for p in shown(window)} == set(CLASSES)
        page.threshold.slider.setValue(99)
        assert {p.label for p in shown(window)} == {CLASSES[1]}
        page.threshold.reset_button.click()
        assert page.results.threshold == page.loaded.metadata.threshold


def test_the_table_sorts_by_confidence(page_window, qtbot, own_photos):
    window = page_window
    page = window.predict_page
    answer_all(qtbot, window, own_photos)
    page.tabs.setCurrentIndex(1)
    header = page.table.horizontalHeader()
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton,
                     pos=QPoint(header.sectionViewportPosition(CONFIDENCE_COLUMN) + 10, 10))
    confidences = [p.probability for p in page.table.shown_predictions()]
    assert confidences in (sorted(confidences), sorted(confidences, reverse=True))
    page.table.sort_by_confidence(Qt.SortOrder.DescendingOrder)
    confidences = [p.probability for p in page.table.shown_predictions()]
    assert confidences == sorted(confidences, reverse=True) and len(confidences) == 8


def test_csv_lists_every_answer(page_window, qtbot, tmp_path, own_photos, monkeypatch):
    window = page_window
    page = window.predict_page
    bad = add_bad_files(tmp_path / "bad")
    answer_all(qtbot, window, [*own_photos[:3], bad["text.jpg"]])
    out = tmp_path / "out" / "answers"
    out.parent.mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    with qtbot.waitSignal(page.outputs.task_done, timeout=10_000):
        qtbot.mouseClick(page.csv_button, Qt.MouseButton.LeftButton)
    with open(out.with_suffix(".csv"), newline="", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    assert [Path(r["path"]) for r in rows] == [*own_photos[:3], bad["text.jpg"]]
    for row, prediction in zip(rows, reversed(shown(window))):
        assert row["label"] == (prediction.label or "")
        if prediction.ok:
            assert float(row["probability"]) == pytest.approx(prediction.probability, abs=1e-6)
            assert float(row["p(alpaca)"]) + float(row["p(not alpaca)"]) == pytest.approx(1)
    assert "not a photo" in rows[-1]["error"]
    assert "Saved 4 answers" in page.messages.text


def test_copy_into_class_folders_copies_and_never_moves(page_window, qtbot, tmp_path,
                                                        own_photos, monkeypatch):
    window = page_window
    page = window.predict_page
    source = own_photos[0].parent
    before = tree(source)
    answer_all(qtbot, window, [source])
    destination = tmp_path / "sorted by the model"
    destination.mkdir()
    (destination / CLASSES[0]).mkdir()
    clash = destination / CLASSES[0] / own_photos[0].name
    clash.write_bytes(b"an older file with the same name")
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(destination))
    with qtbot.waitSignal(page.outputs.task_done, timeout=20_000):
        qtbot.mouseClick(page.copy_button, Qt.MouseButton.LeftButton)
    assert tree(source) == before, "the user's photos are untouched and all still there"
    assert clash.read_bytes() == b"an older file with the same name", "nothing overwritten"
    for prediction in shown(window):
        folder = destination / prediction.label
        copies = [p for p in folder.iterdir() if digest(p) == before[prediction.path.name]]
        assert len(copies) == 1, f"{prediction.path.name} is in {prediction.label}"
    assert sum(1 for p in destination.rglob("*") if p.is_file()) == len(own_photos) + 1
    assert "Copied 8 photos" in page.messages.text


def test_this_is_wrong_copies_the_photo_into_the_other_class(page_window, qtbot, own_photos):
    window = page_window
    page = window.predict_page
    photo = own_photos[0]
    before = digest(photo)
    answer_all(qtbot, window, [photo])
    prediction = page.results.prediction(0)
    other = CLASSES[1 - CLASSES.index(prediction.label)]
    workspace = page.workspace
    with qtbot.waitSignal(page.workspace_photos_added, timeout=2000) as added:
        click_this_is_wrong(qtbot, page)
    copy = added.args[0][0]
    assert copy == workspace / other / photo.name
    assert digest(copy) == before and digest(photo) == before and photo.exists()
    assert not (workspace / prediction.label / photo.name).exists()
    assert page.results.index(0, 0).data(CORRECTED_ROLE) == other
    # Clicked back, the button takes the copy out again (the original stays).
    with qtbot.waitSignal(page.workspace_photos_removed, timeout=2000):
        click_this_is_wrong(qtbot, page)
    assert not copy.exists() and digest(photo) == before
    assert page.results.index(0, 0).data(CORRECTED_ROLE) is None


def test_bad_model_files_give_a_clear_message(page_window, qtbot, tmp_path):
    window = page_window
    page = window.predict_page
    kept = page.loaded
    text = tmp_path / "notes.keras"
    text.write_text("not a model")
    damaged = tmp_path / "damaged.keras"
    with zipfile.ZipFile(damaged, "w") as archive:
        archive.writestr("config.json", "{ this is not json")
    for path, words in ((text, "is not a Keras model file"),
                        (damaged, "could not be loaded: it is damaged"),
                        (tmp_path / "missing.keras", "No model found")):
        page.models.open_model_file(path)
        qtbot.waitUntil(lambda: page.models.loading is None, timeout=LOAD_TIMEOUT)
        assert page.messages.kind == "error" and words in page.messages.text, path
        assert page.loaded is kept, "the model that worked is still the one answering"


def test_a_model_file_without_metadata_asks_for_class_names(page_window, qtbot, tmp_path,
                                                            trained_run, own_photos,
                                                            monkeypatch):
    window = page_window
    page = window.predict_page
    bare = tmp_path / "elsewhere" / "friend.keras"
    bare.parent.mkdir()
    shutil.copy(trained_run / "model.keras", bare)
    asked = []
    monkeypatch.setattr(page.models, "ask_class_names",
                        lambda loaded: asked.append(len(loaded.class_names)) or ("llama", "other"))
    with qtbot.waitSignal(page.model_loaded, timeout=LOAD_TIMEOUT):
        page.models.open_model_file(bare)
    assert asked == [2]
    assert page.loaded.class_names == ("llama", "other")
    assert page.picker.current_path() == bare
    answer_all(qtbot, window, own_photos[:2])
    assert {p.label for p in shown(window)} <= {"llama", "other"}


def test_a_big_folder_shows_progress_and_can_be_cancelled(page_window, qtbot, tmp_path):
    window = page_window
    page = window.predict_page
    folder = tmp_path / "hundreds"
    make_photos(folder, 400)
    file_drop(window, [folder])
    qtbot.waitUntil(lambda: page.progress_row.isVisible() and page.results.rowCount() > 0,
                    timeout=ANSWER_TIMEOUT)
    assert page.progress.maximum() == 400
    assert "of 400 photos" in page.progress_label.text()
    qtbot.mouseClick(page.cancel_button, Qt.MouseButton.LeftButton)
    answered = page.results.rowCount()
    qtbot.wait(1500)
    assert page.results.rowCount() == answered < 400, "nothing arrives after Cancel"
    assert not page.progress_row.isVisible()
    answer_all(qtbot, window, [next(folder.iterdir())])  # and the page still answers


def test_a_pasted_picture_is_answered(page_window, qtbot):
    window = page_window
    page = window.predict_page
    image = QImage(200, 150, QImage.Format.Format_RGB32)
    image.fill(QColor(180, 150, 110))
    QApplication.clipboard().setImage(image)
    qtbot.keyClick(page.cards, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: page.results.rowCount() == 1, timeout=ANSWER_TIMEOUT)
    prediction = page.results.prediction(0)
    assert prediction.ok and prediction.path.parent == page._paths.cache_dir / "pasted"


def test_export_the_model_with_its_labels(page_window, qtbot, tmp_path, monkeypatch):
    window = page_window
    page = window.predict_page
    out = tmp_path / "exports" / "my classifier.keras"
    out.parent.mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    with qtbot.waitSignal(page.outputs.task_done, timeout=EXPORT_TIMEOUT) as done:
        page.picker.export_actions["keras"].trigger()
    result = done.args[0]
    assert result.path == out and out.is_file()
    assert result.labels.read_text(encoding="utf-8").splitlines() == list(CLASSES)
    assert "Exported the model" in page.messages.text


def test_the_page_renders_a_dozen_answers(page_window, qtbot, tmp_path, alpaca_dir):
    """Renders the page to PNG (``ALPACA_SCREENSHOTS=DIR`` also saves it there as test.png)."""
    window = page_window
    page = window.predict_page
    window.resize(1280, 820)
    photos = copy_photos(alpaca_dir, tmp_path / "holiday", 6, last=True, prefix=True)
    text = tmp_path / "holiday" / "notes.jpg"
    text.write_text("not a photo")
    answer_all(qtbot, window, [*photos[::2][:3], text, *photos[1::2], *photos[::2][3:]])
    assert page.results.rowCount() == 13
    page.corrections.mark_wrong(1)
    qtbot.waitUntil(lambda: all(page.thumbnails.pixmap(p) is not None for p in photos),
                    timeout=10_000)
    qtbot.wait(50)
    image = window.grab().toImage()
    assert image.width() >= 1000
    card = page.cards.card_rect(0).center()
    assert page.cards.viewport().grab().toImage().pixelColor(card) != \
        page.cards.viewport().grab().toImage().pixelColor(5, 5), "a card is drawn"
    image.save(str(tmp_path / "test.png"))
    folder = os.environ.get("ALPACA_SCREENSHOTS")
    if folder:
        image.save(str(Path(folder) / "test.png"))


def answer_questions(monkeypatch, button: QMessageBox.StandardButton) -> list[str]:
    """Make the page's yes-or-no questions answer `button`; returns the questions asked.

    Each question box is checked to be wide enough for its title as the desktop shows it.
    """
    asked: list[str] = []

    def answer(box: QMessageBox) -> int:
        title = full_title(box)
        assert box.minimumWidth() > box.fontMetrics().horizontalAdvance(title), title
        asked.append(box.text())
        return button.value

    monkeypatch.setattr(QMessageBox, "exec", answer)
    return asked


def click_this_is_wrong(qtbot, page, row: int = 0) -> None:
    button = page.cards.delegate.button_rect(page.cards.card_rect(row))
    qtbot.mouseClick(page.cards.viewport(), Qt.MouseButton.LeftButton, pos=button.center())


def test_a_model_with_other_class_names_never_adds_a_class_to_the_workspace(
        page_window, qtbot, tmp_path, trained_run, own_photos, monkeypatch):
    window = page_window
    page = window.predict_page
    workspace = page.workspace
    bare = tmp_path / "elsewhere" / "friend.keras"
    bare.parent.mkdir()
    shutil.copy(trained_run / "model.keras", bare)
    monkeypatch.setattr(page.models, "ask_class_names", lambda loaded: ("class 1", "class 2"))
    with qtbot.waitSignal(page.model_loaded, timeout=LOAD_TIMEOUT):
        page.models.open_model_file(bare)
    answer_all(qtbot, window, own_photos[:2])
    before = tree(workspace)
    folders = sorted(p.name for p in workspace.iterdir())

    with qtbot.assertNotEmitted(page.workspace_photos_added, wait=200):
        click_this_is_wrong(qtbot, page)
    assert sorted(p.name for p in workspace.iterdir()) == folders, "no new class folder"
    assert tree(workspace) == before
    assert page.messages.kind == "error"
    assert "your workspace has no class “class" in page.messages.text
    assert "“alpaca” and “not alpaca”" in page.messages.text
    assert page.results.index(0, 0).data(CORRECTED_ROLE) is None

    # Copying by answer into the workspace follows the same rule: no class folder is made.
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(workspace))
    with qtbot.assertNotEmitted(page.outputs.task_done, wait=200):
        qtbot.mouseClick(page.copy_button, Qt.MouseButton.LeftButton)
    assert tree(workspace) == before and sorted(p.name for p in workspace.iterdir()) == folders
    assert page.messages.kind == "error" and "Nothing was copied" in page.messages.text
    # Nor anywhere inside it, where the photos would train as the folder's class.
    inside = workspace / CLASSES[0]
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(inside))
    with qtbot.assertNotEmitted(page.outputs.task_done, wait=200):
        qtbot.mouseClick(page.copy_button, Qt.MouseButton.LeftButton)
    assert tree(workspace) == before
    assert page.messages.kind == "error" and "inside your workspace" in page.messages.text


def test_copy_into_the_workspace_uses_its_class_folders(page_window, qtbot, own_photos,
                                                       monkeypatch):
    window = page_window
    page = window.predict_page
    workspace = page.workspace
    answer_all(qtbot, window, own_photos[:3])
    folders = sorted(p.name for p in workspace.iterdir())
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(workspace))
    with qtbot.waitSignal(page.workspace_photos_added, timeout=20_000) as added:
        qtbot.mouseClick(page.copy_button, Qt.MouseButton.LeftButton)
    copies = added.args[0]
    try:
        assert sorted(p.name for p in workspace.iterdir()) == folders
        assert sorted((copy.parent, digest(copy)) for copy in copies) == \
            sorted((workspace / p.label, digest(p.path)) for p in shown(window))
        assert "into the class folders of your workspace" in page.messages.text
    finally:
        for copy in copies:  # the shared workspace's class folders stay as they were
            copy.unlink()


def test_csv_export_asks_before_replacing_a_file_the_dialog_did_not_ask_about(
        page_window, qtbot, tmp_path, own_photos, monkeypatch):
    window = page_window
    page = window.predict_page
    answer_all(qtbot, window, own_photos[:2])
    folder = tmp_path / "documents"
    folder.mkdir()
    precious = folder / "answers.csv"
    precious.write_text("precious,data\n1,2\n", encoding="utf-8")
    # The user types "answers": the dialog has no "answers" to ask about; ".csv" comes after.
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *a, **k: (str(folder / "answers"), ""))
    asked = answer_questions(monkeypatch, QMessageBox.StandardButton.No)
    with qtbot.assertNotEmitted(page.outputs.task_done, wait=300):
        qtbot.mouseClick(page.csv_button, Qt.MouseButton.LeftButton)
    assert len(asked) == 1 and "answers.csv already exists" in asked[0]
    assert precious.read_text(encoding="utf-8") == "precious,data\n1,2\n"
    assert sorted(p.name for p in folder.iterdir()) == ["answers.csv"]
    assert "not saved" in page.messages.text

    asked = answer_questions(monkeypatch, QMessageBox.StandardButton.Yes)
    with qtbot.waitSignal(page.outputs.task_done, timeout=10_000):
        qtbot.mouseClick(page.csv_button, Qt.MouseButton.LeftButton)
    assert len(asked) == 1
    assert precious.read_text(encoding="utf-8").startswith("path,")
    assert "Saved 2 answers" in page.messages.text


def test_export_asks_before_replacing_files_in_its_way(page_window, qtbot, tmp_path,
                                                       monkeypatch):
    window = page_window
    page = window.predict_page
    folder = tmp_path / "exports"
    folder.mkdir()
    notes = folder / "my classifier.json"
    notes.write_text("my own notes", encoding="utf-8")
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *a, **k: (str(folder / "my classifier"), ""))
    asked = answer_questions(monkeypatch, QMessageBox.StandardButton.No)
    page.picker.export_actions["keras"].trigger()
    qtbot.waitUntil(lambda: bool(asked) and not page.outputs.busy, timeout=60_000)
    assert len(asked) == 1 and str(notes) in asked[0]
    assert notes.read_text(encoding="utf-8") == "my own notes"
    assert sorted(p.name for p in folder.iterdir()) == ["my classifier.json"]
    assert "Nothing was exported" in page.messages.text

    asked = answer_questions(monkeypatch, QMessageBox.StandardButton.Yes)
    with qtbot.waitSignal(page.outputs.task_done, timeout=EXPORT_TIMEOUT) as done:
        page.picker.export_actions["keras"].trigger()
    assert len(asked) == 1 and str(notes) in asked[0]
    assert done.args[0].path == folder / "my classifier.keras"
    assert json.loads(notes.read_text(encoding="utf-8"))["class_names"] == list(CLASSES)
    assert "Exported the model" in page.messages.text


def test_a_folder_without_photos_says_so(page_window, qtbot, tmp_path):
    window = page_window
    page = window.predict_page
    empty = tmp_path / "empty"
    empty.mkdir()
    file_drop(window, [empty])
    qtbot.waitUntil(lambda: f"No photos found in {empty}" in page.messages.text,
                    timeout=ANSWER_TIMEOUT)
    notes = tmp_path / "only notes"
    notes.mkdir()
    (notes / "notes.txt").write_text("not a photo")
    (notes / "clip.mp4").write_bytes(b"not a photo either")
    file_drop(window, [notes])
    qtbot.waitUntil(lambda: f"No photos found in {notes}" in page.messages.text,
                    timeout=ANSWER_TIMEOUT)
    qtbot.waitUntil(lambda: not page.is_predicting, timeout=ANSWER_TIMEOUT)
    assert page.results.rowCount() == 0 and page.readiness() == "Ready"


def _save_run_copy(trained_run: Path, runs_dir: Path, name: str, created: str) -> Path:
    run = runs_dir / name
    shutil.copytree(trained_run, run)
    metadata = json.loads((run / "metadata.json").read_text(encoding="utf-8"))
    metadata["created"] = created
    (run / "metadata.json").write_text(json.dumps(metadata), encoding="utf-8")
    return run


def listed_models(page) -> list[str]:
    combo = page.picker.combo
    return [combo.itemData(i) for i in range(combo.count())]


def test_a_deleted_run_stops_answering(make_window, app_paths, qtbot, trained_run, own_photos):
    workspace = app_paths.pictures_dir / "Alpaca Studio"
    workspace.mkdir(parents=True)
    runs_dir = app_paths.runs_dir(workspace)
    older = _save_run_copy(trained_run, runs_dir, "older", "2024-01-01T10:00:00")
    middle = _save_run_copy(trained_run, runs_dir, "middle", "2024-02-01T10:00:00")
    newer = _save_run_copy(trained_run, runs_dir, "newer", "2024-03-01T10:00:00")
    window = make_window()
    window.go_to_step(TEST_STEP)
    page = window.predict_page
    qtbot.waitUntil(lambda: page.loaded is not None, timeout=LOAD_TIMEOUT)
    assert page.models.source == newer
    answer_all(qtbot, window, own_photos[:2])

    # A run not in use, deleted while the page is hidden: gone from the list once it shows.
    window.go_to_step(0)
    delete_saved_run(middle)
    page.run_deleted(middle)
    assert page.models.runs_stale and page.models.source == newer
    window.go_to_step(TEST_STEP)
    qtbot.waitUntil(lambda: str(middle) not in listed_models(page), timeout=10_000)
    assert page.models.source == newer and page.readiness() == "2 photos tested"

    # The run in use: the latest remaining run answers instead, the photos are asked again.
    delete_saved_run(newer)
    page.run_deleted(newer)
    assert page.loaded is None or page.models.source != newer
    assert page.readiness() != "Ready" and not page.picker.export_button.isEnabled()
    assert f"The run {newer.name} was deleted" in page.messages.text
    qtbot.waitUntil(lambda: page.models.source == older and page.results.rowCount() == 2
                    and not page.is_predicting, timeout=LOAD_TIMEOUT)
    assert listed_models(page) == [str(older)]
    assert page.picker.combo.currentText().startswith("Latest run")
    assert page.picker.export_button.isEnabled()
    assert sorted(p.path for p in shown(window)) == sorted(own_photos[:2])

    # The last run: no model at all, and the page says so.
    delete_saved_run(older)
    page.run_deleted(older)
    qtbot.waitUntil(lambda: str(older) not in listed_models(page), timeout=10_000)
    assert page.loaded is None and page.models.source is None
    assert page.readiness() == "No model yet"
    assert not page.picker.export_button.isEnabled()
    assert page.picker.status.text().startswith("No trained model yet")
    assert f"The run {older.name} was deleted" in page.messages.text
    assert "Your 2 photos will be asked again" in page.messages.text
    qtbot.wait(300)
    assert page.loaded is None, "nothing else comes to answer"
