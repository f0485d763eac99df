"""The Train page: photo summary, settings, training in the background, cancel, close, results."""

from __future__ import annotations

import json
import re
import shutil
import time
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from app import worker as worker_module
from app.steps.train.settings_panel import CUSTOM
from app.steps.train.widgets.cell_photos import CellPhotos
from core.augment_config import AugmentConfig
from core.errors import DatasetError, WeightsError
from core.evaluation import validation_share_text
from core.split import split_dataset
from tests.app.dialogs import answer
from tests.app.fake_engine import fake_engine
from tests.app.gui_probe import BlockProbe

TRAIN_STEP = 2
BLOCK_LIMIT = 0.25


def open_train_page(window, workspace: Path, qtbot):
    """`workspace` open, the Train step shown, its photos checked."""
    assert window.sort_page.open_workspace(workspace)
    window.go_to_step(TRAIN_STEP)
    page = window.train_page
    qtbot.waitUntil(lambda: page.report is not None and counted(page), timeout=10000)
    return page


def counted(page) -> bool:
    """The summary shows the split's counts (not "…" while they are counted)."""
    text = page.summary.text
    return "for training" in text and "<b>…</b> for training" not in text


@pytest.fixture
def train_page(window, workspace, qtbot):
    return open_train_page(window, workspace, qtbot)


def click(qtbot, widget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def open_real_photos(window, workspace: Path, alpaca_dir: Path, qtbot):
    """A workspace of ten real alpaca-set photos per class, open on the Train page."""
    for name in ("alpaca", "not alpaca"):
        (workspace / name).mkdir(parents=True)
        for source in sorted((alpaca_dir / name).iterdir())[:10]:
            shutil.copy(source, workspace / name / source.name)
    assert window.sort_page.open_workspace(workspace)
    window.go_to_step(TRAIN_STEP)
    page = window.train_page
    qtbot.waitUntil(lambda: page.report is not None and counted(page), timeout=20000)
    return page


def test_before_training_the_page_sums_up_the_photos_and_the_split(train_page, qtbot):
    text = train_page.summary.text
    report = train_page.report
    split = split_dataset(report.photos, 0.2, 42)
    assert re.search(r"alpaca</td><td align='right'><b>10</b>", text)
    assert f"<b>{len(split.train)}</b> for training" in text
    # The command line's own sentence, word for word: one sentence in one place.
    assert validation_share_text(len(split.validation), len(report.photos), 0.2) in text
    assert "kept aside for validation (about 20%: each photo's side is decided by its " \
        "content" in text
    assert "1 file left out</b>, it cannot be read" in text and "broken.jpg" in text
    assert "Class 'alpaca' has only 10 photos" in text  # the check's warning is passed on
    assert train_page.start_button.isEnabled()
    train_page.settings_panel.validation_split.setValue(40)
    split = split_dataset(report.photos, 0.4, 42)
    qtbot.waitUntil(lambda: f"{len(split.validation)} of 20 photos kept aside for validation "
                    "(about 40%" in train_page.summary.text, timeout=5000)


def test_presets_set_the_advanced_values_and_own_values_make_it_custom(train_page):
    panel = train_page.settings_panel
    assert panel.preset.currentText() == "Balanced"
    assert panel.preset_hint.text() == \
        "5 + 5 rounds, photos at 160 × 160 pixels: the recommended start."
    panel.preset.setCurrentText("Thorough")
    config = panel.config(train_page.augmentation)
    assert (config.frozen_epochs, config.fine_tune_epochs, config.image_size) == (8, 8, 224)
    panel.frozen_epochs.setValue(2)
    assert panel.preset.currentText() == CUSTOM
    panel.seed.setValue(7)
    panel.batch_size.setValue(16)
    config = panel.config(train_page.augmentation)
    assert (config.frozen_epochs, config.seed, config.batch_size) == (2, 7, 16)
    assert config.weights == "imagenet"
    panel.set_weights_file(Path("/somewhere/weights.h5"))
    assert panel.config(train_page.augmentation).weights == "/somewhere/weights.h5"
    panel.advanced_toggle.click()
    assert panel.advanced.isVisible()


def test_advanced_values_reach_the_engine_and_are_remembered(train_page, make_window):
    panel = train_page.settings_panel
    panel.advanced_toggle.click()
    assert (panel.dropout.value(), panel.fine_tune_factor.value(),
            panel.augmented_versions.value()) == (0.2, 0.1, 3)  # the recipe's, and ours
    panel.dropout.setValue(0.35)
    panel.fine_tune_factor.setValue(0.2)
    panel.augmented_versions.setValue(2)
    config = panel.config(train_page.augmentation)
    assert (config.dropout, config.fine_tune_factor, config.augmented_versions) == (0.35, 0.2, 2)
    assert config.fine_tune_learning_rate == pytest.approx(config.learning_rate * 0.2)
    assert panel.preset.currentText() == "Balanced"  # a preset decides epochs and size only
    again = make_window().train_page.settings_panel  # the app started again
    assert (again.dropout.value(), again.fine_tune_factor.value(),
            again.augmented_versions.value()) == (0.35, 0.2, 2)


def test_a_setting_that_cannot_work_is_named_before_anything_starts(train_page, qtbot):
    train_page.session.job_factory = fake_engine()
    train_page.settings_panel.frozen_epochs.setValue(0)
    train_page.settings_panel.fine_tune_epochs.setValue(0)
    click(qtbot, train_page.start_button)
    assert not train_page.is_training
    assert train_page.messages.text.startswith(
        "“Learning rounds” and “Refining rounds” are both 0: at least one round is needed.")


def test_training_shows_progress_charts_and_the_result(window, train_page, qtbot):
    calls: list = []
    train_page.session.job_factory = fake_engine(batches=5, calls=calls)
    train_page.settings_panel.frozen_epochs.setValue(2)
    train_page.settings_panel.fine_tune_epochs.setValue(2)
    phases, chosen = [], []
    train_page.run_chosen.connect(chosen.append)
    click(qtbot, train_page.start_button)
    assert train_page.is_training and not train_page.start_button.isEnabled()
    assert train_page.cancel_button.isEnabled() and not train_page.settings_panel.isEnabled()
    train_page.session.worker.progress.connect(lambda _e: phases.append(
        (train_page.progress.phase.text(), train_page.progress.details.text())))
    qtbot.waitUntil(lambda: not train_page.is_training, timeout=20000)

    data_dir, config, runs_dir = calls[0]
    assert data_dir == window.sort_page.board.workspace
    assert runs_dir == window.train_page._paths.runs_dir(data_dir)
    assert (config.frozen_epochs, config.fine_tune_epochs) == (2, 2)
    texts = [phase for phase, _ in phases]
    assert "<b>Learning your classes…</b>" in texts
    assert "<b>Refining the model…</b>" in texts
    assert any(re.fullmatch(r"Round 3 of 4 · step 2 of 5 · 0:\d\d spent · about 0:\d\d left",
                            details) for _, details in phases)
    charts = train_page.charts
    assert charts.epoch_points == 4 and charts.batch_points == 20
    assert charts.accuracy.markers == [(2.0, "refining starts")]
    assert "The photos kept aside score above the training photos" in charts.explanation.text()
    headline = train_page.results.headline.text()
    assert re.search(r"This run: <b>\d+ of \d+ validation photos right — \d+% "
                     r"\(likely \d+–\d+%\)</b>", headline)
    assert train_page.progress.phase.text().startswith("<b>Done: ")
    assert "Precision" in train_page.results.per_class.text()
    assert chosen == [runs_dir / "fake-run"]
    assert train_page.start_button.isEnabled() and not train_page.cancel_button.isEnabled()
    assert window.step_bar.buttons[TRAIN_STEP].status.startswith("Last run: ")


def test_a_square_of_the_matrix_opens_its_photos_most_confidently_wrong_first(
        train_page, qtbot):
    train_page.session.job_factory = fake_engine(batches=1)
    train_page.settings_panel.preset.setCurrentText("Quick")
    click(qtbot, train_page.start_button)
    qtbot.waitUntil(lambda: not train_page.is_training, timeout=20000)
    cells = train_page.results.matrix.cells
    assert cells[(0, 1)].text() == "1" and cells[(0, 1)].isEnabled()
    click(qtbot, cells[(0, 0)])
    dialog = train_page.findChildren(CellPhotos)[-1]
    confidences = [photo.confidence for photo in dialog.photos]
    assert len(confidences) >= 2 and confidences == sorted(confidences, reverse=True)
    assert all(p.path.parent.name == "alpaca" for p in dialog.photos)
    qtbot.waitUntil(lambda: not dialog.list.item(0).icon().isNull(), timeout=5000)
    assert dialog.preview.caption == dialog.photos[0].path.name or \
        dialog.preview.photo in (None, dialog.photos[0].path)
    dialog.close()


def test_cancel_stops_at_once_and_nothing_is_presented(train_page, qtbot):
    train_page.session.job_factory = fake_engine(batches=4, delay=0.15)
    chosen = []
    train_page.run_chosen.connect(chosen.append)
    click(qtbot, train_page.start_button)
    worker = train_page.session.worker
    qtbot.waitUntil(lambda: train_page.charts.epoch_points >= 1, timeout=20000)
    began = time.monotonic()
    click(qtbot, train_page.cancel_button)
    assert not train_page.is_training and train_page.start_button.isEnabled()
    assert train_page.progress.phase.text() == "<b>Training cancelled. Nothing was saved.</b>"
    qtbot.waitUntil(lambda: not worker.is_running, timeout=2000)
    assert time.monotonic() - began < 2
    qtbot.wait(300)
    assert chosen == [] and train_page.results.evaluation == {}
    assert train_page.readiness() == "Not trained yet"


def test_a_new_run_after_cancel_waits_for_the_old_one(train_page, qtbot):
    train_page.session.job_factory = fake_engine(batches=2, delay=0.3)
    click(qtbot, train_page.start_button)
    old = train_page.session.worker
    qtbot.waitUntil(lambda: train_page.charts.batch_points >= 1, timeout=20000)
    click(qtbot, train_page.cancel_button)
    train_page.settings_panel.preset.setCurrentText("Quick")
    click(qtbot, train_page.start_button)
    qtbot.waitUntil(lambda: not old.is_running, timeout=2000)
    qtbot.waitUntil(lambda: not train_page.is_training, timeout=20000)
    assert train_page.progress.phase.text().startswith("<b>Done: ")


def test_closing_during_training_asks_then_stops_and_leaves_no_thread(
        window, train_page, qtbot, monkeypatch):
    train_page.session.job_factory = fake_engine(batches=4, delay=0.15)
    click(qtbot, train_page.start_button)
    worker = train_page.session.worker
    qtbot.waitUntil(lambda: train_page.charts.batch_points >= 1, timeout=20000)
    asked = answer(monkeypatch, QMessageBox.StandardButton.No)
    window.close()
    assert asked == ["Training is running. Stop it and quit?"]
    assert window.isVisible() and train_page.is_training  # "No": nothing changes
    answer(monkeypatch, QMessageBox.StandardButton.Yes)
    began = time.monotonic()
    window.close()
    assert time.monotonic() - began < 2
    assert not window.isVisible()
    assert not worker.is_running and not worker_module._LIVE


def test_closing_when_idle_asks_nothing(window, train_page, monkeypatch):
    asked = answer(monkeypatch, QMessageBox.StandardButton.No)
    window.close()
    assert asked == [] and not window.isVisible()


@pytest.mark.parametrize("error, words", [
    (WeightsError("Alpaca Studio could not get the ImageNet weights for MobileNetV2."),
     "choose a weights file under Advanced"),
    (DatasetError("Class 'alpaca' has 1 readable photo; at least 2 are needed to train."),
     "Sort more photos into each class on the Sort step"),
    (MemoryError(), "ran out of memory"),
])
def test_a_failing_engine_explains_what_to_do_and_start_works_again(
        train_page, qtbot, error, words):
    train_page.session.job_factory = fake_engine(error=error, fail_after_epochs=1)
    click(qtbot, train_page.start_button)
    qtbot.waitUntil(lambda: not train_page.is_training, timeout=20000)
    assert words in train_page.messages.text
    assert train_page.messages.kind == "error"
    assert train_page.start_button.isEnabled() and not train_page.cancel_button.isEnabled()
    assert train_page.progress.phase.text() == \
        "<b>Training stopped before the end; nothing was saved.</b>"
    assert train_page.results.evaluation == {}


def _fake_saved_run(runs_dir: Path, name: str, accuracy: float, rotation: float,
                    photo: Path) -> Path:
    folder = runs_dir / name
    folder.mkdir(parents=True)
    (folder / "model.keras").write_bytes(b"not really a model")
    (folder / "metadata.json").write_text(json.dumps({
        "format": "alpaca-studio-model", "class_names": ["alpaca", "not alpaca"],
        "image_size": 160, "created": f"2026-11-2{len(name) % 9}T10:00:00+00:00",
        "training": {"frozen_epochs": 1, "fine_tune_epochs": 1, "seed": 42,
                     "augmentation": {"horizontal_flip": True, "vertical_flip": False,
                                      "rotation": rotation, "zoom": 0.0, "translation": 0.0,
                                      "contrast": 0.0, "brightness": 0.0,
                                      "fill_mode": "reflect"},
                     "history": [{"phase": "frozen", "epoch": 1, "loss": 0.5, "accuracy": 0.7,
                                  "val_loss": 0.4, "val_accuracy": 0.8, "seconds": 1.0}]},
        "metrics": {"val_accuracy": accuracy,
                    "summary": f"{round(accuracy * 20)} of 20 validation photos right — "
                               f"{accuracy:.0%}"}}))
    (folder / "evaluation.json").write_text(json.dumps({
        "per_class": {"alpaca": {"precision": 1.0, "recall": 1.0},
                      "not alpaca": {"precision": 0.0, "recall": 0.0}},
        "confusion_matrix": [[1, 0], [0, 0]],
        "predictions": [{"path": str(photo), "true": "alpaca", "predicted": "alpaca",
                         "probabilities": [0.9, 0.1]}]}))
    return folder


def test_earlier_runs_are_listed_opened_chosen_and_deleted_after_asking(
        window, workspace, app_paths, qtbot, monkeypatch):
    runs_dir = app_paths.runs_dir(workspace)
    photo = workspace / "alpaca" / "alp_0000.jpg"
    first = _fake_saved_run(runs_dir, "run-a", 0.9, AugmentConfig().rotation, photo)
    second = _fake_saved_run(runs_dir, "run-bb", 0.75, 0.4, photo)
    assert window.sort_page.open_workspace(workspace)
    window.go_to_step(TRAIN_STEP)
    page = window.train_page
    runs = page.runs.list
    qtbot.waitUntil(lambda: len(runs.paths) == 2, timeout=30000)
    rows = [[runs.tree.topLevelItem(i).text(c) for c in range(3)] for i in range(2)]
    assert rows[0][1] == "75% (53–89%)" and rows[1][1] == "90% (70–97%)"  # newest first
    assert re.fullmatch(r"\d\d \w{3} 2026, \d\d:\d\d", rows[0][0])
    assert rows[0][2] == "1 + 1 rounds · 160 × 160 · shuffle 42 · other augmentation"
    assert rows[1][2] == "1 + 1 rounds · 160 × 160 · shuffle 42"  # the default augmentation

    runs.tree.setCurrentItem(runs.tree.topLevelItem(1))
    # The newest run is shown first; choosing the older one loads it in the background.
    qtbot.waitUntil(lambda: "18 of 20 validation photos right — 90% (likely 70–97%)"
                    in page.results.headline.text(), timeout=10000)
    assert page.charts.epoch_points == 1
    with qtbot.waitSignal(page.run_chosen) as chosen:
        click(qtbot, runs.use_button)
    assert chosen.args == [first]

    asked = answer(monkeypatch, QMessageBox.StandardButton.No)
    click(qtbot, runs.delete_button)
    assert len(asked) == 1 and asked[0].startswith("Delete the run of ")
    assert first.is_dir()
    answer(monkeypatch, QMessageBox.StandardButton.Yes)
    click(qtbot, runs.delete_button)
    qtbot.waitUntil(lambda: runs.paths == [second], timeout=10000)
    assert not first.exists() and second.is_dir()
    assert page.results.evaluation == {}


def test_a_missing_weights_file_is_explained_by_the_real_engine(
        train_page, tmp_path, qtbot):
    train_page.settings_panel.set_weights_file(tmp_path / "mobilenet.h5")
    click(qtbot, train_page.start_button)
    qtbot.waitUntil(lambda: not train_page.is_training, timeout=60000)
    assert "mobilenet.h5 does not exist" in train_page.messages.text
    assert "choose a weights file under Advanced" in train_page.messages.text
    assert train_page.start_button.isEnabled()


@pytest.mark.slow
def test_real_training_end_to_end_without_blocking_the_window(
        window, tmp_path, alpaca_dir, imagenet_weights_available, app_paths, qtbot):
    workspace = tmp_path / "real workspace"
    page = open_real_photos(window, workspace, alpaca_dir, qtbot)
    page.settings_panel.frozen_epochs.setValue(1)
    page.settings_panel.fine_tune_epochs.setValue(1)
    chosen = []
    page.run_chosen.connect(chosen.append)
    probe = BlockProbe()
    probe.start()
    done_at = []
    page.progress.bar.valueChanged.connect(
        lambda value: done_at.append(probe.elapsed()) if value == page.progress.bar.maximum()
        else None)
    click(qtbot, page.start_button)
    qtbot.waitUntil(lambda: page.charts.batch_points >= 1, timeout=90000)
    assert page.is_training
    assert "Round 1 of 2" in page.progress.details.text() or page.charts.epoch_points
    window.resize(700, 500)  # the window keeps answering while TensorFlow works
    window.go_to_step(0)
    window.go_to_step(TRAIN_STEP)
    qtbot.waitUntil(lambda: not page.is_training, timeout=120000)
    probe.stop()

    assert page.messages.text == ""
    assert page.charts.epoch_points == 2 and page.charts.batch_points >= 2
    runs_dir = app_paths.runs_dir(workspace)
    saved = [p for p in runs_dir.iterdir() if p.is_dir()]
    assert len(saved) == 1 and (saved[0] / "model.keras").is_file()
    assert chosen == saved
    assert re.search(r"\d+ of \d+ validation photos right", page.results.headline.text())
    qtbot.waitUntil(lambda: page.runs.list.paths == saved, timeout=10000)
    assert page.runs.list.current_path == saved[0]
    assert probe.ticks > 100
    # From Start to the result on screen (then the Test page loads the new model). The bar
    # is 100 ms (benchmarks/bench_train_page.py); a shared CI machine's scheduler alone
    # can delay a thread that long, so the test allows 250 ms. Training in a thread of
    # the window's process, TensorFlow held the GIL for 300-700 ms at a time.
    assert probe.blocks_before(done_at[0], BLOCK_LIMIT) == [], f"blocked: {probe.blocks}"
    QApplication.processEvents()


@pytest.mark.slow
def test_cancel_stops_the_real_engine_at_once_and_saves_nothing(
        window, tmp_path, alpaca_dir, imagenet_weights_available, app_paths, qtbot):
    workspace = tmp_path / "real workspace"
    page = open_real_photos(window, workspace, alpaca_dir, qtbot)
    page.settings_panel.frozen_epochs.setValue(2)
    page.settings_panel.fine_tune_epochs.setValue(20)
    page.settings_panel.batch_size.setValue(4)
    chosen = []
    page.run_chosen.connect(chosen.append)
    click(qtbot, page.start_button)
    worker = page.session.worker
    qtbot.waitUntil(lambda: page.charts.epoch_points >= 3, timeout=120000)  # fine-tuning
    began = time.monotonic()
    click(qtbot, page.cancel_button)
    assert not page.is_training and page.start_button.isEnabled()
    assert page.progress.phase.text() == "<b>Training cancelled. Nothing was saved.</b>"
    qtbot.waitUntil(lambda: not worker.is_running, timeout=5000)
    assert time.monotonic() - began < 3
    qtbot.wait(500)
    runs_dir = app_paths.runs_dir(workspace)
    assert not runs_dir.exists() or list(runs_dir.iterdir()) == []
    assert chosen == [] and page.results.evaluation == {}
    assert page.readiness() == "Not trained yet"
