"""The Train page's split is counted in the background: "…" meanwhile, never a stale count."""

from __future__ import annotations

import re
import time

from app.steps.train import split_summary as split_module
from core.dataset import check_dataset
from core.split import split_dataset
from tests.app.disk import make_photos
from tests.app.test_train_page import TRAIN_STEP, open_train_page

COUNTING = "<b>…</b> for training"


def slow_split(monkeypatch, seconds: float) -> list:
    """`split_dataset` as it is, `seconds` slower (thousands of photos); the calls made."""
    calls = []
    real = split_dataset

    def slow(photos, *args, **kwargs):
        calls.append(len(photos))
        time.sleep(seconds)
        return real(photos, *args, **kwargs)

    monkeypatch.setattr(split_module, "split_dataset", slow)
    return calls


def training_count(text: str) -> str:
    return re.search(r"<b>([^<]*)</b> for training", text).group(1)


def test_the_summary_shows_the_report_at_once_and_the_split_when_it_is_counted(
        window, workspace, qtbot, monkeypatch):
    page = open_train_page(window, workspace, qtbot)
    calls = slow_split(monkeypatch, 0.4)
    page.settings_panel.validation_split.setValue(40)
    # At once: the photos and what is left out; "…" where the new split goes, not the
    # count of the 20% split shown before.
    text = page.summary.text
    assert COUNTING in text
    assert re.search(r"alpaca</td><td align='right'><b>10</b>", text)
    assert "1 file left out" in text
    assert "counting" in page.photos_heading.text()
    assert page.start_button.isEnabled()  # the count is not needed to start
    split = split_dataset(page.report.photos, 0.4, 42)
    qtbot.waitUntil(lambda: COUNTING not in page.summary.text, timeout=5000)
    assert training_count(page.summary.text) == str(len(split.train))
    assert f"{len(split.validation)} of 20 photos kept aside" in page.summary.text
    assert "counting" not in page.photos_heading.text()
    assert calls and set(calls) == {20}


def test_photos_that_change_while_counting_replace_the_count_under_way(
        window, workspace, tmp_path, qtbot, monkeypatch):
    page = open_train_page(window, workspace, qtbot)
    calls = slow_split(monkeypatch, 0.5)
    make_photos(workspace / "not alpaca", 4, "new", start=300)  # sorted meanwhile
    page.settings_panel.validation_split.setValue(30)  # counting the 20 photos starts
    assert COUNTING in page.summary.text
    newer = check_dataset(workspace, ["alpaca", "not alpaca"])
    page.set_dataset_report(newer)  # the Sort page's check of the 24 photos
    assert COUNTING in page.summary.text
    assert re.search(r"not alpaca</td><td align='right'><b>14</b>", page.summary.text)
    seen = []
    qtbot.waitUntil(lambda: seen.append(page.summary.text) or
                    COUNTING not in page.summary.text, timeout=5000)
    qtbot.wait(700)  # the first count would have ended by now
    split = split_dataset(newer.photos, 0.3, 42)
    assert training_count(page.summary.text) == str(len(split.train))
    assert "of 24 photos kept aside" in page.summary.text
    # Never the split of the 20 photos, not even for a moment.
    assert not [t for t in seen if "of 20 photos kept aside" in t]
    assert calls[-1] == 24


def test_the_split_waits_for_the_check_and_never_outlives_it(window, workspace, qtbot,
                                                              monkeypatch):
    slow_split(monkeypatch, 0.5)
    page = open_train_page(window, workspace, qtbot)
    page.settings_panel.validation_split.setValue(30)  # a count under way
    window.go_to_step(0)
    other = workspace.parent / "pets"
    make_photos(other / "cat", 6, "cat")
    make_photos(other / "dog", 6, "dog", start=40)
    assert window.sort_page.open_workspace(other)
    window.go_to_step(TRAIN_STEP)
    qtbot.wait(800)  # the count of the old workspace's photos has ended
    assert "alpaca" not in page.summary.text
    qtbot.waitUntil(lambda: "cat" in page.summary.text and COUNTING not in page.summary.text,
                    timeout=10000)
    assert "of 12 photos kept aside" in page.summary.text
