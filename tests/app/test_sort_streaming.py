"""Features streaming in and sorts: the tray's suggestions follow without redoing everything."""

from __future__ import annotations

import time

from app.steps.sort import suggestions as suggestions_module
from app.steps.sort.tray_model import SUGGESTION_ROLE
from tests.app.suggest_fixtures import (
    RED,
    colour_features,
    coloured_photos,
    open_sorted_workspace,
)


def test_a_new_answer_repaints_only_the_photos_whose_line_reads_differently(window, tmp_path):
    page = window.sort_page
    tray = page.board.tray
    photos = coloured_photos(tmp_path / "camera", 4, RED, "IMG")
    page.add_files(photos)
    tray.set_suggestions({p: ("alpaca", 0.931) for p in photos})
    signalled: list[tuple[int, int]] = []
    tray.dataChanged.connect(lambda top, bottom, _roles=(): signalled.append(
        (top.row(), bottom.row())))
    tray.set_suggestions({photos[0]: ("alpaca", 0.934),  # still reads "93% sure"
                          photos[1]: ("not alpaca", 0.934),  # another class
                          photos[2]: ("alpaca", 0.71),  # another percentage
                          photos[3]: ("alpaca", 0.931)})
    assert signalled == [(1, 2)]
    assert tray.data(tray.index(0), SUGGESTION_ROLE) == ("alpaca", 0.934)  # the newest
    tray.set_suggestions({})
    assert signalled[1:] == [(0, 3)]


def test_features_arriving_batch_by_batch_retrain_the_head_a_few_times_not_at_each(
        window, tmp_path, qtbot, monkeypatch):
    page = window.sort_page
    open_sorted_workspace(page, tmp_path / "ws")
    waiting = coloured_photos(tmp_path / "camera", 320, RED, "IMG")
    page.add_files(waiting)
    batches = []

    def paced(paths, should_stop=None):  # a batch every 60 ms, as the child process sends
        batches.append(len(paths))
        time.sleep(0.06)
        return colour_features(paths)

    heads = []
    real = suggestions_module.suggest_labels
    monkeypatch.setattr(suggestions_module, "suggest_labels",
                        lambda *a, **k: heads.append(1) or real(*a, **k))
    page.features.compute = paced
    page.engine_ready()
    qtbot.waitUntil(lambda: not page.features.busy and len(page.board.tray.suggestions) == 320,
                    timeout=30000)
    assert len(batches) >= 10
    assert 1 <= len(heads) <= len(batches) // 2, (len(heads), len(batches))
    assert page.suggestions.sure_count == len(page.suggestions.sure_photos()) > 0
    assert page.suggestion_bar.accept_button.isEnabled()


def test_a_sort_asks_only_for_the_features_of_the_photo_it_moved(window, tmp_path, qtbot):
    page = window.sort_page
    open_sorted_workspace(page, tmp_path / "ws")
    page.add_files(coloured_photos(tmp_path / "camera", 6, RED, "IMG"))
    qtbot.waitUntil(lambda: page.board.sorted_count == 10, timeout=5000)  # listed
    qtbot.wait(50)
    asked: list[list] = []
    real_want = page.features.want
    page.features.want = lambda photos, first=False: asked.append(list(photos)) or \
        real_want(photos, first)
    grid = page.tray_pane.grid
    grid.setFocus()
    grid.select_row(0)
    page.sort_selection("alpaca")
    qtbot.wait(100)
    moved = [p for p in page.board.class_models["alpaca"].photos if p.name.startswith("IMG")]
    assert len(moved) == 1
    assert asked == [moved]
