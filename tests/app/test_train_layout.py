"""The Train and Augment pages fit a 1024×600 window, and a message never moves a page."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect

from tests.app.fake_engine import fake_engine
from tests.app.test_augment_controls import wheel
from tests.app.test_train_page import _fake_saved_run, click, open_train_page

SMALL = (1024, 600)
LONG = ("The run you started in “a workspace with a rather long name” stopped; nothing was "
        "saved. The computer ran out of memory while training. Choose the Quick preset, or a "
        "smaller photo size or fewer photos per step under Advanced, close other programs, "
        "and start again. " * 2)


def shown_whole(widget) -> bool:
    """Nothing of `widget` is cut off by the window or a parent (scroll areas aside)."""
    if not widget.isVisible() or widget.width() < 1 or widget.height() < 1:
        return False
    window = widget.window()
    ancestor = widget.parentWidget()
    while ancestor is not None:
        corner = widget.mapTo(ancestor, QPoint(0, 0))
        if not ancestor.rect().contains(QRect(corner, widget.size())):
            return False
        if ancestor is window:
            return True
        ancestor = ancestor.parentWidget()
    return True


def at_size(window, qtbot, size) -> None:
    window.resize(*size)
    qtbot.waitUntil(lambda: (window.width(), window.height()) == size, timeout=2000)
    qtbot.wait(50)


def test_the_pages_minimum_fits_a_1024_by_600_window_beside_the_step_bar(window):
    room_wide = SMALL[0] - window.step_bar.width()
    room_high = SMALL[1] - window.menuBar().sizeHint().height() \
        - window.statusBar().sizeHint().height()
    for page in (window.train_page, window.augment_page):
        hint = page.minimumSizeHint()
        assert hint.width() <= room_wide - 10, (page, hint)
        assert hint.height() <= room_high - 10, (page, hint)


@pytest.mark.parametrize("size", [SMALL, (1280, 820)])
def test_nothing_of_the_train_page_is_cut_off(window, workspace, qtbot, size):
    page = open_train_page(window, workspace, qtbot)
    at_size(window, qtbot, size)
    page.session.job_factory = fake_engine(batches=1)
    page.settings_panel.preset.setCurrentText("Quick")
    click(qtbot, page.start_button)
    qtbot.waitUntil(lambda: not page.is_training, timeout=20000)
    qtbot.wait(50)
    for widget in (page.start_button, page.cancel_button, page.settings_panel.preset,
                   page.progress.bar, page.progress.details, page.charts.accuracy,
                   page.charts.loss, page.charts.explanation, page.results_area,
                   page.runs.list, page.photos_heading):
        assert shown_whole(widget), widget
    left, right = page.charts.accuracy.geometry(), page.charts.loss.geometry()
    assert left.right() < right.left()  # side by side, not over each other


def test_nothing_of_the_augment_page_is_cut_off_at_1024_by_600(window, workspace, qtbot):
    assert window.sort_page.open_workspace(workspace)
    window.go_to_step(1)
    at_size(window, qtbot, SMALL)
    page = window.augment_page
    for widget in (page.shuffle_button, page.caption, page.grid, page.strip,
                   page.controls.parentWidget().parentWidget()):  # the controls' scroll area
        assert shown_whole(widget), widget


@pytest.mark.parametrize("step", [0, 1, 2, 3])
def test_a_message_appearing_or_dismissed_moves_nothing_on_any_page(window, workspace, qtbot,
                                                                    step):
    assert window.sort_page.open_workspace(workspace)
    window.go_to_step(step)
    at_size(window, qtbot, SMALL)
    page = window.pages[step]
    bar = page.messages
    layout = page.layout()
    others = [layout.itemAt(i) for i in range(layout.count())
              if layout.itemAt(i).widget() is not bar]
    where = [item.geometry() for item in others]
    bar.show_message(LONG, "error")
    qtbot.wait(50)
    assert bar.isVisible() and [item.geometry() for item in others] == where
    assert not any(bar.geometry().intersects(rect) for rect in where), "it covers nothing"
    scroll = bar._scroll.verticalScrollBar()
    assert scroll.maximum() > 0  # the whole of a long message can be read in the bar
    click(qtbot, bar.close_button)
    qtbot.wait(50)
    assert not bar.isVisible() and bar.text == ""
    assert [item.geometry() for item in others] == where


def test_the_wheel_scrolls_the_settings_past_a_number_without_changing_it(
        window, workspace, qtbot):
    page = open_train_page(window, workspace, qtbot)
    at_size(window, qtbot, SMALL)
    panel = page.settings_panel
    panel.advanced_toggle.click()
    qtbot.wait(50)
    rounds = panel.frozen_epochs.value()
    for field in (panel.frozen_epochs, panel.seed, panel.image_size, panel.preset):
        assert not wheel(field), field  # declined: it goes on to the scroll area
    assert panel.frozen_epochs.value() == rounds and panel.preset.currentText() == "Balanced"
    panel.frozen_epochs.setFocus()
    assert wheel(panel.frozen_epochs, steps=1) and panel.frozen_epochs.value() == rounds + 1


def test_at_1024_by_600_each_earlier_run_shows_whole_in_its_row_without_scrolling(
        window, workspace, app_paths, qtbot):
    _fake_saved_run(app_paths.runs_dir(workspace), "2026-12-01_12-00-00", 0.88, 0.05,
                    workspace / "alpaca" / "alp_0000.jpg")
    page = open_train_page(window, workspace, qtbot)
    at_size(window, qtbot, SMALL)
    tree = page.runs.list.tree
    qtbot.waitUntil(lambda: tree.topLevelItemCount() == 1, timeout=10000)
    qtbot.wait(50)
    header = tree.header()
    columns = sum(header.sectionSize(i) for i in range(header.count()))
    assert columns <= tree.viewport().width(), "the last column ends inside the list"
    assert not tree.horizontalScrollBar().isVisible()
    settings = tree.topLevelItem(0).text(2)
    assert settings in tree.topLevelItem(0).toolTip(2), "the whole settings in the tooltip"
