"""The Train page shows the open workspace's truth at once and keeps still while it arrives."""

from __future__ import annotations

import re
import time

import pytest
from PySide6.QtCore import QPoint

from app.steps.train import page as page_module
from app.steps.train.widgets.cell_photos import CellPhotos
from core.dataset import check_dataset
from tests.app.disk import make_photos
from tests.app.fake_engine import fake_engine
from tests.app.test_train_page import TRAIN_STEP, _fake_saved_run, click, open_train_page


@pytest.fixture
def train_page(window, workspace, qtbot):
    return open_train_page(window, workspace, qtbot)


def where(widget) -> QPoint:
    return widget.mapTo(widget.window(), QPoint(0, 0))


def test_after_a_relaunch_the_newest_run_is_shown_without_a_click(
        make_window, workspace, app_paths, qtbot):
    photo = workspace / "alpaca" / "alp_0000.jpg"
    _fake_saved_run(app_paths.runs_dir(workspace), "run-a", 0.9, 0.2, photo)
    newest = _fake_saved_run(app_paths.runs_dir(workspace), "run-bb", 0.75, 0.2, photo)
    first = make_window()
    assert first.sort_page.open_workspace(workspace)
    first.close()

    window = make_window()  # the app started again: the workspace opens by itself
    window.go_to_step(TRAIN_STEP)
    page = window.train_page
    qtbot.waitUntil(lambda: page.results.evaluation != {}, timeout=10000)
    assert "15 of 20 validation photos right — 75%" in page.results.headline.text()
    assert page.charts.epoch_points == 1  # its charts too
    assert page.runs.list.current_path == newest


def test_opening_another_workspace_leaves_nothing_of_the_old_one(
        window, workspace, tmp_path, app_paths, qtbot):
    pets = tmp_path / "pets"
    make_photos(pets / "cat", 6, "cat", start=100)
    make_photos(pets / "dog", 6, "dog", start=150)
    assert window.sort_page.open_workspace(workspace)
    window.go_to_step(TRAIN_STEP)
    page = window.train_page
    qtbot.waitUntil(lambda: page.report is not None, timeout=10000)
    page.session.job_factory = fake_engine(batches=1)
    page.settings_panel.preset.setCurrentText("Quick")
    click(qtbot, page.start_button)
    qtbot.waitUntil(lambda: not page.is_training, timeout=20000)
    click(qtbot, page.results.matrix.cells[(0, 0)])
    assert page.findChildren(CellPhotos)

    window.go_to_step(0)
    assert window.sort_page.open_workspace(pets)
    window.go_to_step(TRAIN_STEP)
    qtbot.waitUntil(lambda: page.report is not None and page.report.root == pets,
                    timeout=10000)
    assert "alpaca" not in page.summary.text and "cat" in page.summary.text
    assert page.results.evaluation == {} and page.charts.epoch_points == 0
    assert page.runs.list.paths == []
    assert not [d for d in page.findChildren(CellPhotos) if d.isVisible()]
    assert page.progress.phase.text() == "<b>Press Start training when your photos are sorted.</b>"


def test_the_sort_pages_check_is_reused_and_nothing_moves(window, workspace, qtbot, monkeypatch):
    checks = []
    real_check = check_dataset
    monkeypatch.setattr(page_module, "check_dataset",
                        lambda *a, **k: checks.append(a) or real_check(*a, **k))
    page = window.train_page
    assert window.sort_page.open_workspace(workspace)
    page.set_dataset_report(check_dataset(workspace, ["alpaca", "not alpaca"]))  # Sort's
    window.go_to_step(TRAIN_STEP)
    assert "1 file left out" in page.summary.text  # at once, no "checking"
    qtbot.wait(50)
    top = where(page.start_button)
    qtbot.wait(500)
    assert checks == []  # not checked again
    assert where(page.start_button) == top


def test_without_the_sort_pages_check_the_page_checks_and_start_stays_put(
        window, workspace, qtbot, monkeypatch):
    def slow_check(*args, **options):  # a few seconds, as with a few hundred real photos
        time.sleep(0.6)
        return check_dataset(*args, **options)

    monkeypatch.setattr(page_module, "check_dataset", slow_check)
    page = window.train_page
    assert window.sort_page.open_workspace(workspace)
    window.go_to_step(TRAIN_STEP)
    assert "Your photos · checking…" in page.photos_heading.text()
    qtbot.waitUntil(lambda: re.search(r"alpaca</td><td align='right'><b>11</b>",
                                      page.summary.text), timeout=5000)  # listed
    qtbot.wait(100)
    assert page.report is None
    top = where(page.start_button)
    qtbot.waitUntil(lambda: page.report is not None, timeout=10000)
    qtbot.wait(100)
    assert "1 file left out" in page.summary.text  # longer than before: it scrolls
    assert where(page.start_button) == top
    window.go_to_step(0)
    window.go_to_step(TRAIN_STEP)  # seen again: the summary takes its room
    qtbot.wait(50)
    assert page.summary_area.verticalScrollBar().maximum() == 0


def test_the_time_spent_ticks_while_the_starting_model_loads(train_page, qtbot):
    train_page.session.job_factory = fake_engine(batches=1, prepare_seconds=2.6)
    train_page.settings_panel.preset.setCurrentText("Quick")
    click(qtbot, train_page.start_button)
    progress = train_page.progress
    qtbot.waitUntil(lambda: "starting model" in progress.phase.text(), timeout=10000)
    seen = set()
    for _ in range(30):
        qtbot.wait(100)
        if "starting model" in progress.phase.text():
            seen.add(progress.details.text())
    assert {"0:01 spent", "0:02 spent"} <= seen, seen
    qtbot.waitUntil(lambda: not train_page.is_training, timeout=20000)
    assert progress.details.text().startswith("Took ")


def test_the_time_taken_is_the_time_the_clock_showed(train_page, qtbot):
    """The engine counts from when its process is up; the person waited from Start."""
    engine = fake_engine(batches=1)

    def slow_to_start(data_dir, config, runs_dir):
        job = engine(data_dir, config, runs_dir)

        def starting(on_progress, should_stop):
            time.sleep(2.6)  # a process starting and importing TensorFlow says nothing
            return job(on_progress, should_stop)

        return starting

    train_page.session.job_factory = slow_to_start
    train_page.settings_panel.preset.setCurrentText("Quick")
    click(qtbot, train_page.start_button)
    progress = train_page.progress
    qtbot.waitUntil(lambda: progress.details.text() == "0:02 spent", timeout=10000)
    qtbot.waitUntil(lambda: not train_page.is_training, timeout=20000)
    took = re.match(r"Took 0:0(\d) ·", progress.details.text())
    assert took and int(took.group(1)) >= 2, progress.details.text()


def test_each_count_of_photos_stands_apart_from_its_word(train_page):
    from PySide6.QtGui import QTextDocument

    shown = QTextDocument()
    shown.setHtml(train_page.summary.text)
    # Table cells: the word's cell starts with a space, so "10" and "photos" never touch.
    assert "\n10\n photos\n" in shown.toPlainText(), shown.toPlainText()
