"""The Train page with several workspaces and saved runs: what the page and its step show."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from core.errors import DatasetError, TrainingCancelled
from tests.app.dialogs import answer
from tests.app.disk import make_photos
from tests.app.fake_engine import fake_engine
from tests.app.test_train_page import TRAIN_STEP, _fake_saved_run, click


def gated_engine(release: threading.Event, **options):
    """`fake_engine` that ends (saving its run as the real engine does, or failing) only
    once `release` is set."""
    factory = fake_engine(**options)

    def gated_factory(data_dir: Path, config, runs_dir: Path):
        job = factory(data_dir, config, runs_dir)

        def wait_for_release(should_stop) -> None:
            while not release.wait(0.02):
                if should_stop():
                    raise TrainingCancelled("Training was cancelled; no model was saved.")

        def gated(on_progress, should_stop):
            try:
                outcome = job(on_progress, should_stop)
            except TrainingCancelled:
                raise
            except Exception:
                wait_for_release(should_stop)
                raise
            wait_for_release(should_stop)
            _fake_saved_run(runs_dir, outcome.run_dir.name, outcome.val_accuracy, 0.2,
                            data_dir / "alpaca" / "alp_0000.jpg")
            return outcome

        return gated

    return gated_factory


@pytest.fixture
def release(monkeypatch) -> threading.Event:
    """Set it to let a `gated_engine` run end. A run still going when the test fails is
    stopped as the window closes (its question is answered Yes instead of waiting)."""
    answer(monkeypatch, QMessageBox.StandardButton.Yes)
    return threading.Event()


@pytest.fixture
def other_workspace(tmp_path: Path, app_paths) -> tuple[Path, Path]:
    """A second workspace (cats and dogs) with one saved run scoring 60%."""
    root = tmp_path / "pets"
    make_photos(root / "cat", 6, "cat", start=100)
    make_photos(root / "dog", 6, "dog", start=150)
    run = _fake_saved_run(app_paths.runs_dir(root), "run-pets", 0.6, 0.2,
                          root / "cat" / "cat_0100.jpg")
    return root, run


def open_on_train_step(window, folder: Path, qtbot):
    assert window.sort_page.open_workspace(folder)
    window.go_to_step(TRAIN_STEP)
    page = window.train_page
    qtbot.waitUntil(lambda: page.report is not None and page.report.root == folder
                    and "for training" in page.summary.text, timeout=10000)
    return page


def shows_run_of(page, workspace: Path) -> bool:
    """The page's results are those of a run of `workspace` (its photos are listed)."""
    predictions = page.results.evaluation.get("predictions") or [{}]
    return all(Path(p.get("path", "/")).is_relative_to(workspace) for p in predictions)


def train_status(window) -> str:
    return window.step_bar.buttons[TRAIN_STEP].status


def two_saved_runs(workspace: Path, app_paths) -> tuple[Path, Path]:
    """Two saved runs of `workspace`: run-a (90%), then the newer run-bb (75%)."""
    photo = workspace / "alpaca" / "alp_0000.jpg"
    runs = app_paths.runs_dir(workspace)
    return (_fake_saved_run(runs, "run-a", 0.9, 0.2, photo),
            _fake_saved_run(runs, "run-bb", 0.75, 0.2, photo))


def test_a_run_stays_with_its_workspace_when_another_is_opened_meanwhile(
        window, workspace, other_workspace, app_paths, qtbot, release):
    pets, pets_run = other_workspace
    page = open_on_train_step(window, workspace, qtbot)
    page.session.job_factory = gated_engine(release, batches=2)
    page.settings_panel.frozen_epochs.setValue(1)
    page.settings_panel.fine_tune_epochs.setValue(1)
    chosen = []
    page.run_chosen.connect(chosen.append)
    click(qtbot, page.start_button)
    qtbot.waitUntil(lambda: page.charts.epoch_points == 2, timeout=20000)

    assert window.sort_page.open_workspace(pets)
    # While it runs, the page shows the training and says what happens to it.
    assert page.is_training and page.charts.epoch_points == 2
    assert train_status(window).startswith("Training…")
    assert "Training goes on with the photos of “workspace”" in page.messages.text
    assert "“pets” is shown here when it ends" in page.messages.text
    assert not page.runs.list.isEnabled()

    release.set()
    qtbot.waitUntil(lambda: not page.is_training, timeout=20000)
    saved = app_paths.runs_dir(workspace) / "fake-run"
    assert (saved / "model.keras").is_file()  # saved where it was started
    assert not (app_paths.runs_dir(pets) / "fake-run").exists()
    # Then the page shows the workspace now open: its photos, its runs, no other result.
    assert page.workspace == pets
    qtbot.waitUntil(lambda: page.runs.list.paths == [pets_run], timeout=10000)
    assert page.runs.list.isEnabled()
    # Its own newest run is shown (the one just trained belongs to the other workspace).
    qtbot.waitUntil(lambda: shows_run_of(page, pets), timeout=10000)
    assert page.charts.epoch_points == 1
    assert page.progress.phase.text() == "<b>Press Start training when your photos are sorted.</b>"
    assert chosen == []  # the Test page keeps a model of the open workspace
    text = page.messages.text
    assert text.startswith("The run you started in “workspace” finished (")
    assert text.endswith(") and was saved there; open “workspace” to use it.")
    qtbot.waitUntil(lambda: "cat" in page.summary.text and "alpaca" not in page.summary.text,
                    timeout=10000)
    assert train_status(window) == "Last run: 60%"  # the newest run of this workspace


def test_a_run_failing_after_another_workspace_was_opened_says_where_it_was_started(
        window, workspace, other_workspace, qtbot, release):
    pets, pets_run = other_workspace
    page = open_on_train_step(window, workspace, qtbot)
    error = DatasetError("Class 'alpaca' has 1 readable photo; at least 2 are needed to train.")
    page.session.job_factory = gated_engine(release, batches=1, error=error, fail_after_epochs=1)
    click(qtbot, page.start_button)
    qtbot.waitUntil(lambda: page.charts.epoch_points == 1, timeout=20000)
    assert window.sort_page.open_workspace(pets)
    release.set()
    qtbot.waitUntil(lambda: not page.is_training, timeout=20000)
    assert page.workspace == pets and page.messages.kind == "error"
    assert page.messages.text.startswith(
        "The run you started in “workspace” stopped; nothing was saved. ")
    assert "Sort more photos into each class on the Sort step" in page.messages.text
    qtbot.waitUntil(lambda: page.runs.list.paths == [pets_run], timeout=10000)
    qtbot.waitUntil(lambda: shows_run_of(page, pets), timeout=10000)
    assert page.charts.epoch_points == 1  # the newest run of pets, nothing of the failed one


def test_cancelling_after_another_workspace_was_opened_shows_it_at_once(
        window, workspace, other_workspace, qtbot, release):
    pets, pets_run = other_workspace
    page = open_on_train_step(window, workspace, qtbot)
    page.session.job_factory = gated_engine(release, batches=4, delay=0.15)
    click(qtbot, page.start_button)
    qtbot.waitUntil(lambda: page.charts.batch_points >= 1, timeout=20000)
    assert window.sort_page.open_workspace(pets)
    assert page.workspace == workspace and page.is_training
    click(qtbot, page.cancel_button)
    assert page.workspace == pets and not page.is_training
    assert page.charts.batch_points == 0
    assert page.messages.text == "Training cancelled. Nothing was saved.", \
        "the cancel is confirmed although the page now shows the other workspace"
    qtbot.waitUntil(lambda: page.runs.list.paths == [pets_run], timeout=10000)


def test_opening_the_same_workspace_again_while_training_changes_nothing(
        window, workspace, other_workspace, qtbot, release):
    pets, _run = other_workspace
    page = open_on_train_step(window, workspace, qtbot)
    page.session.job_factory = gated_engine(release, batches=1)
    page.settings_panel.preset.setCurrentText("Quick")
    chosen = []
    page.run_chosen.connect(chosen.append)
    click(qtbot, page.start_button)
    assert window.sort_page.open_workspace(pets)
    assert window.sort_page.open_workspace(workspace)  # back before it ends
    assert page.messages.text == "" and page.runs.list.isEnabled()
    release.set()
    qtbot.waitUntil(lambda: not page.is_training, timeout=20000)
    assert page.workspace == workspace and page.results.evaluation != {}
    assert chosen == [page.runs.runs_dir / "fake-run"]


def test_deleting_the_shown_run_clears_its_charts_too(
        window, workspace, app_paths, qtbot, monkeypatch):
    photo = workspace / "alpaca" / "alp_0000.jpg"
    first = _fake_saved_run(app_paths.runs_dir(workspace), "run-a", 0.9, 0.2, photo)
    page = open_on_train_step(window, workspace, qtbot)
    runs = page.runs.list
    qtbot.waitUntil(lambda: runs.paths == [first], timeout=10000)
    runs.tree.setCurrentItem(runs.tree.topLevelItem(0))
    qtbot.waitUntil(lambda: page.results.evaluation != {}, timeout=10000)
    assert page.charts.epoch_points == 1
    answer(monkeypatch, QMessageBox.StandardButton.Yes)
    click(qtbot, runs.delete_button)
    qtbot.waitUntil(lambda: runs.paths == [], timeout=10000)
    assert not first.exists()
    assert page.results.evaluation == {}
    assert page.charts.epoch_points == 0 and page.charts.accuracy.markers == []
    assert page.messages.text == "The run run-a was deleted."


def test_deleting_a_run_is_announced_with_its_folder(
        window, workspace, app_paths, qtbot, monkeypatch):
    first, second = two_saved_runs(workspace, app_paths)
    page = open_on_train_step(window, workspace, qtbot)
    runs = page.runs.list
    qtbot.waitUntil(lambda: runs.paths == [second, first], timeout=10000)
    runs.tree.setCurrentItem(runs.tree.topLevelItem(1))
    answer(monkeypatch, QMessageBox.StandardButton.Yes)
    with qtbot.waitSignal(page.run_deleted, timeout=10000) as deleted:
        click(qtbot, runs.delete_button)
    assert deleted.args == [first] and not first.exists() and second.is_dir()


def test_the_train_step_names_the_newest_saved_run_before_the_page_is_seen(
        window, workspace, app_paths, qtbot, monkeypatch):
    photo = workspace / "alpaca" / "alp_0000.jpg"
    _fake_saved_run(app_paths.runs_dir(workspace), "run-a", 0.9, 0.2, photo)
    newest = _fake_saved_run(app_paths.runs_dir(workspace), "run-bb", 0.75, 0.2, photo)
    assert window.sort_page.open_workspace(workspace)
    assert window.current_step == "Sort"
    qtbot.waitUntil(lambda: train_status(window) == "Last run: 75%", timeout=10000)
    window.go_to_step(TRAIN_STEP)
    runs = window.train_page.runs.list
    runs.tree.setCurrentItem(runs.tree.topLevelItem(0))
    assert runs.current_path == newest
    answer(monkeypatch, QMessageBox.StandardButton.Yes)
    click(qtbot, runs.delete_button)
    qtbot.waitUntil(lambda: train_status(window) == "Last run: 90%", timeout=10000)


def test_use_for_testing_and_a_double_click_ask_for_the_test_step(
        window, workspace, app_paths, qtbot):
    first, second = two_saved_runs(workspace, app_paths)
    page = open_on_train_step(window, workspace, qtbot)
    runs = page.runs.list
    qtbot.waitUntil(lambda: runs.paths == [second, first], timeout=10000)
    runs.tree.setCurrentItem(runs.tree.topLevelItem(1))
    chosen = []
    page.run_chosen.connect(chosen.append)
    with qtbot.waitSignal(page.test_requested, timeout=2000) as requested:
        click(qtbot, runs.use_button)
    assert requested.args == [first] and chosen == [first]
    where = runs.tree.visualItemRect(runs.tree.topLevelItem(0)).center()
    with qtbot.waitSignal(page.test_requested, timeout=2000) as requested:
        # As a double-click comes: a press and release, then the double-click itself.
        qtbot.mouseClick(runs.tree.viewport(), Qt.MouseButton.LeftButton, pos=where)
        qtbot.mouseDClick(runs.tree.viewport(), Qt.MouseButton.LeftButton, pos=where)
    assert requested.args == [second] and chosen == [first, second]


def shown_in(widget: QWidget, area) -> bool:
    """Whether all of `widget` is inside the visible part of the scroll `area`."""
    top_left = widget.mapTo(area.viewport(), QPoint(0, 0))
    return area.viewport().rect().contains(QRect(top_left, widget.size()))


def add_warnings(folder: Path, unreadable: int, small_classes: int) -> None:
    """Files the photo check lists as left out, and classes it warns have few photos."""
    for number in range(unreadable):
        (folder / "not alpaca" / f"unreadable_{number}.jpg").write_bytes(b"not a photo")
    for number in range(small_classes):
        make_photos(folder / f"class {number}", 3, f"c{number}", start=200 + 10 * number)


@pytest.mark.parametrize("unreadable, small_classes, summary_scrolls",
                         [(4, 0, False), (14, 4, True)])
def test_the_settings_get_their_room_first_and_the_run_list_what_is_left(
        window, workspace, app_paths, qtbot, unreadable, small_classes, summary_scrolls):
    window.resize(1280, 820)
    qtbot.waitUntil(lambda: window.height() == 820)
    add_warnings(workspace, unreadable, small_classes)
    page = open_on_train_step(window, workspace, qtbot)
    window.go_to_step(0)  # the summary keeps still while seen; seen again, it is fitted
    window.go_to_step(TRAIN_STEP)
    qtbot.wait(50)
    panel, area = page.settings_panel, page.settings_area
    for widget in (panel.preset, panel.preset_hint, panel.advanced_toggle):
        assert shown_in(widget, area), widget
    assert area.verticalScrollBar().maximum() == 0
    assert (page.summary_area.verticalScrollBar().maximum() > 0) == summary_scrolls
    runs = page.runs.list
    assert runs.height() < 40  # no runs: one line, no big empty box
    assert page.start_button.geometry().bottom() < runs.geometry().top()

    photo = workspace / "alpaca" / "alp_0000.jpg"
    for number in range(6):
        _fake_saved_run(app_paths.runs_dir(workspace), f"run-{'x' * number}", 0.8, 0.2, photo)
    page.runs.refresh()
    qtbot.waitUntil(lambda: len(runs.paths) == 6, timeout=10000)
    qtbot.wait(50)
    for widget in (panel.preset, panel.preset_hint, panel.advanced_toggle):
        assert shown_in(widget, area), widget
    rows = runs.tree.viewport().height() // runs.tree.sizeHintForRow(0)
    assert rows >= 4  # a list of runs keeps a few rows, and takes what the rest leaves
    side = runs.parentWidget()
    assert side.height() - runs.geometry().bottom() < 20

    panel.advanced_toggle.click()  # opened: the settings take what the summary gives up
    qtbot.wait(50)
    assert area.height() > 350
    assert shown_in(panel.frozen_epochs, area)
    assert runs.tree.viewport().height() // runs.tree.sizeHintForRow(0) >= 4
