"""The Test page's "not sure" band and the check of every export, driven through the real widgets.

One window for the module with the session's small real model (see `test_test_page`).
"""

from __future__ import annotations

import csv
import math
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QFileDialog

import core.export_check
from app.steps.predict.results import ANSWER_COLUMN, PredictionResults
from app.steps.predict.widgets.threshold_slider import ThresholdSlider
from app.thumbnail_cache import ThumbnailCache
from core.prediction import Prediction
from tests.app.test_test_page import (
    EXPORT_TIMEOUT,
    answer_all,
    fresh_page,
    shown,
)
from tests.trained_run import CLASSES


@pytest.fixture
def page_window(shared_window, qtbot):
    window = fresh_page(shared_window, qtbot)
    yield window
    window.predict_page.threshold.set_unsure(False)  # the next test starts without the band


def _set_percent(qtbot, box, value: int) -> None:
    """Type a value into a spin box as a person does: select all, type, Enter."""
    box.setFocus()
    box.selectAll()
    qtbot.keyClicks(box, str(value))
    qtbot.keyClick(box, Qt.Key.Key_Return)
    assert box.value() == value


def _band_around_the_middle_answer(page) -> tuple[int, int]:
    """A band (percent sure of the first class) holding the middle answer of the page."""
    firsts = sorted(p.probabilities[0] * 100 for p in shown_predictions(page))
    middle = firsts[len(firsts) // 2]
    return max(1, math.floor(middle) - 1), min(99, math.floor(middle) + 2)


def shown_predictions(page) -> list[Prediction]:
    return [page.results.prediction(row) for row in range(page.results.rowCount())]


def test_the_band_makes_answers_between_its_ends_read_not_sure(page_window, qtbot,
                                                               own_photos, tmp_path):
    window = page_window
    page = window.predict_page
    answer_all(qtbot, window, own_photos)
    band = page.threshold
    assert not any(p.unsure for p in shown(window)), "no band: every photo gets a class"
    low, high = _band_around_the_middle_answer(page)
    qtbot.mouseClick(band.unsure_box, Qt.MouseButton.LeftButton,
                     pos=QPoint(6, band.unsure_box.height() // 2))
    assert band.unsure_box.isChecked() and not band.slider.isEnabled()
    _set_percent(qtbot, band.high, high)
    _set_percent(qtbot, band.low, low)
    first, second = CLASSES
    assert band.unsure_box.text() == "Say “not sure” between"
    assert band.unsure_tail.text() == f"sure it is “{first}”"
    assert band.explanation.text() == f"Say “{first}” above {high}% sure, “{second}” under {low}%"
    unsure = 0
    for row, prediction in enumerate(shown(window)):
        sure_of_first = prediction.probabilities[0] * 100
        expected_unsure = low < sure_of_first <= high + 1e-9
        assert prediction.unsure == expected_unsure, (sure_of_first, low, high)
        index = page.results.index(row, 0)
        card = page.cards.delegate
        table_answer = page.results.index(row, ANSWER_COLUMN).data()
        if expected_unsure:
            unsure += 1
            assert card.answer_text(index) == "Not sure" and table_answer == "not sure"
            assert card.detail_text(index).startswith("Most like “")
            tip = card.tooltip(index, page.cards.visualRect(index), QPoint(1, 1))
            assert tip.startswith("Not sure, Most like")
        else:
            assert prediction.label == (first if sure_of_first > high else second)
            assert table_answer == prediction.label
    assert unsure >= 1

    # The CSV carries it: an empty label, unsure=true, the probabilities kept.
    answers = tmp_path / "answers.csv"
    with qtbot.waitSignal(page.outputs.task_done, timeout=30_000):
        page.outputs.export_csv(answers)
    rows = list(csv.DictReader(answers.open(encoding="utf-8")))
    flagged = [r for r in rows if r["unsure"] == "true"]
    assert len(flagged) == unsure and all(r["label"] == "" for r in flagged)
    assert all(r[f"p({first})"] for r in flagged)

    # Off again: every photo gets a class once more.
    qtbot.mouseClick(band.unsure_box, Qt.MouseButton.LeftButton,
                     pos=QPoint(6, band.unsure_box.height() // 2))
    assert band.slider.isEnabled() and not any(p.unsure for p in shown(window))


def test_copying_into_class_folders_leaves_not_sure_photos_out_and_says_so(
        page_window, qtbot, own_photos, tmp_path, monkeypatch):
    window = page_window
    page = window.predict_page
    answer_all(qtbot, window, own_photos)
    low, high = _band_around_the_middle_answer(page)
    page.threshold.set_unsure(True, low, high)
    unsure = [p.path.name for p in shown(window) if p.unsure]
    answered = [p for p in shown(window) if not p.unsure]
    assert unsure
    out = tmp_path / "sorted"
    out.mkdir()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(out))
    with qtbot.waitSignal(page.outputs.task_done, timeout=30_000):
        qtbot.mouseClick(page.copy_button, Qt.MouseButton.LeftButton)
    copied = sorted(p.name for p in out.rglob("*") if p.is_file())
    assert copied == sorted(p.path.name for p in answered)
    assert not set(unsure) & set(copied)
    words = "photo" if len(unsure) == 1 else "photos"
    assert f"{len(unsure)} {words} the model is not sure about" in page.messages.text
    assert "left out" in page.messages.text


def test_more_classes_say_not_sure_under_a_floor(qtbot, tmp_path):
    slider = ThresholdSlider()
    qtbot.addWidget(slider)
    results = PredictionResults(ThumbnailCache(tmp_path / "thumbs"))
    names = ("daisy", "roses", "tulips")
    slider.unsure_changed.connect(results.set_unsure)
    results.set_model(names, 0.5)
    slider.set_model(names, 0.5)
    slider.show()
    assert not slider.slider.isVisible() and slider.unsure_box.isVisible()
    assert slider.unsure_box.text() == "Say “not sure” when less than"
    assert slider.unsure_tail.text() == "sure of any class"
    height = slider.sizeHint().height()
    results.add([Prediction(Path("a.jpg"), "daisy", 0.5, (0.5, 0.3, 0.2)),
                 Prediction(Path("b.jpg"), "tulips", 0.9, (0.05, 0.05, 0.9))])
    with qtbot.waitSignal(slider.unsure_changed) as changed:
        qtbot.mouseClick(slider.unsure_box, Qt.MouseButton.LeftButton,
                         pos=QPoint(6, slider.unsure_box.height() // 2))
    assert changed.args == [None, 0.6]
    answers = {results.prediction(row).path.name: results.index(row, ANSWER_COLUMN).data()
               for row in range(2)}
    assert answers == {"a.jpg": "not sure", "b.jpg": "tulips"}
    assert [p.path.name for p in results.unsure_left_out()] == ["a.jpg"]
    assert [p.path.name for p, _ in results.destinations()] == ["b.jpg"]
    slider.set_model(("alpaca", "not alpaca"), 0.5)  # two classes: the slider row is back
    assert slider.slider.isVisible() and slider.sizeHint().height() == height


def _export(qtbot, page, monkeypatch, out: Path, format: str = "tflite"):
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    with qtbot.waitSignal(page.outputs.task_done, timeout=EXPORT_TIMEOUT) as done:
        page.picker.export_actions[format].trigger()
    return done.args[0]


def test_every_export_is_checked_off_the_gui_thread_and_the_result_said(
        page_window, qtbot, tmp_path, monkeypatch):
    page = page_window.predict_page
    threads = []
    real = core.export_check.check_export

    def recording(*args, **kwargs):
        threads.append(threading.current_thread())
        return real(*args, **kwargs)

    monkeypatch.setattr(core.export_check, "check_export", recording)
    out = tmp_path / "exports" / "phone.tflite"
    out.parent.mkdir()
    checked = _export(qtbot, page, monkeypatch, out)
    assert threads and threads[0] is not threading.main_thread()
    check = checked.check
    assert check.photos >= 1 and check.all_same
    text = page.messages.text
    assert page.messages.kind == "info"
    assert (f"{check.photos} of {check.photos} photos get the same answer as in Alpaca "
            "Studio (largest difference ") in text
    assert "phone.README.txt" in text and (out.parent / "phone.README.txt").is_file()


def test_an_export_answering_differently_is_an_error(page_window, qtbot, tmp_path,
                                                     monkeypatch):
    page = page_window.predict_page
    real = core.export_check._run_savedmodel

    def every_answer_turned(path, images):  # a runtime gone wrong: each answer the other way
        return 1.0 - real(path, images)

    monkeypatch.setattr(core.export_check, "_run_savedmodel", every_answer_turned)
    checked = _export(qtbot, page, monkeypatch, tmp_path / "wrong", "savedmodel")
    assert checked.differs
    assert page.messages.kind == "error"
    assert "answers differently for" in page.messages.text
    assert "Do not use this export" in page.messages.text
