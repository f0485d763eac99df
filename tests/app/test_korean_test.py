"""The Test step in Korean: what a person reads there, from no model to answered photos.

Korean is installed before the window is built (as `app.main` does), and the page is
taken through the states a person reaches: no model yet, the session's small real run
answering, photos answered with one "not sure" and one file that cannot be read.
"""

from __future__ import annotations

import math
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QSettings, Qt

from app import i18n
from app.settings import AppPaths
from app.steps.predict.page import PredictPage
from app.steps.predict.results import ANSWER_COLUMN, CONFIDENCE_COLUMN
from tests.app.test_test_page import ANSWER_TIMEOUT, open_test_step_window
from tests.app.window_texts import english_texts, reads_as_english
from tests.badfiles import add_bad_files
from tests.trained_run import CLASSES

LIMIT = 0.02  # at most 2% of the texts may still read as English


@pytest.fixture(scope="module")
def korean(qapp):
    translation = i18n.install("ko")
    yield translation
    translation.remove()


@pytest.fixture(scope="module")
def korean_window(korean, tmp_path_factory, trained_run: Path):
    window = open_test_step_window(tmp_path_factory, trained_run)
    yield window
    window.close()


def _check_korean(page, names, state: str) -> int:
    # The message bar's own button is the shared widgets' (app/widgets, translated there);
    # the sentences this page puts in the bar are checked here.
    english, total = english_texts(page, names)
    print(f"{state}: {len(english)} of {total} texts read as English: {english}")
    assert total > 10, "the page's texts were not found"
    assert len(english) <= LIMIT * total, f"{state}: still English: {english}"
    return total


def test_the_page_without_a_model_speaks_korean(korean, qtbot, tmp_path):
    paths = AppPaths(config_dir=tmp_path / "config", cache_dir=tmp_path / "cache",
                     pictures_dir=tmp_path / "Pictures", documents_dir=None,
                     home_dir=tmp_path)
    page = PredictPage(paths, QSettings(str(tmp_path / "settings.ini"),
                                        QSettings.Format.IniFormat))
    qtbot.addWidget(page)
    page.add_photos([tmp_path / "IMG_1.jpg"])  # dropped before any model: the page says why
    _check_korean(page, ["IMG_1.jpg"], "no model")
    assert page.open_button.text() == "사진 열기…"
    assert page.picker.combo.currentText() == \
        "아직 학습한 모델이 없어요. 학습하거나 모델 파일을 여세요"
    assert page.messages.text.startswith("아직 물어볼 모델이 없어요.")
    assert page.readiness() == "아직 모델 없음"
    assert "사진이나 폴더를 여기에 끌어다 놓으면" in page.cards.empty_text


def test_answered_photos_a_not_sure_one_and_an_unreadable_file_read_in_korean(
        korean_window, qtbot, tmp_path, own_photos):
    window = korean_window
    page = window.predict_page
    first, second = CLASSES
    names = [*CLASSES, *(photo.name for photo in own_photos), "broken.jpg"]
    # A model chosen: the picker, its status and the threshold sentence.
    _check_korean(page, names, "model loaded")
    assert page.threshold.explanation.text() == f"50% 이상 확신할 때만 “{first}”라고 답하기"
    assert page.picker.combo.currentText().startswith("최근 학습 기록 (")

    broken = add_bad_files(tmp_path / "bad")["text.jpg"]
    page.add_photos([*own_photos, broken])
    qtbot.waitUntil(lambda: page.results.rowCount() == len(own_photos) + 1
                    and not page.is_predicting, timeout=ANSWER_TIMEOUT)
    # "Not sure" around the middle answer, as a person sets it: at least one photo in it.
    firsts = sorted(page.results.prediction(row).probabilities[0] * 100
                    for row in range(page.results.rowCount())
                    if page.results.prediction(row).ok)
    middle = firsts[len(firsts) // 2]
    page.threshold.set_unsure(True, max(1, math.floor(middle) - 1),
                              min(99, math.floor(middle) + 2))
    total = _check_korean(page, names, "photos answered, not sure on")
    assert total > 20

    slider = page.threshold
    assert slider.unsure_box.text() == f"“{first}” 확신이"
    assert slider.and_label.text() == "~"
    assert slider.unsure_tail.text() == "사이면 “확실하지 않음”이라고 답하기"
    assert page.tabs.tabText(0) == f"카드 ({len(own_photos) + 1})"
    assert page.readiness() == f"사진 {len(own_photos) + 1}장 테스트함"

    delegate, results = page.cards.delegate, page.results
    rows = [results.prediction(row) for row in range(results.rowCount())]
    unsure = [row for row, p in enumerate(rows) if p.unsure]
    sure = [row for row, p in enumerate(rows) if p.ok and not p.unsure]
    unreadable = [row for row, p in enumerate(rows) if not p.ok]
    assert unsure and sure and unreadable == [0]
    index = results.index(unsure[0], 0)
    assert delegate.answer_text(index) == "확실하지 않음"
    assert delegate.detail_text(index).startswith("“") and "”에 가장 가까움: " in \
        delegate.detail_text(index)
    assert results.index(unsure[0], ANSWER_COLUMN).data() == "확실하지 않음"
    assert results.index(unreadable[0], ANSWER_COLUMN).data() == "읽을 수 없음"
    index = results.index(sure[0], 0)
    assert delegate.detail_text(index).endswith("% 확신")
    tip = delegate.tooltip(index, page.cards.visualRect(index), QPoint(1, 1))
    assert tip.startswith(f"{rows[sure[0]].label}, ") and "% 확신" in tip
    # What a person reads in the table's headings and on the cards' texts.
    for column in range(results.columnCount()):
        heading = results.headerData(column, Qt.Orientation.Horizontal)
        assert not reads_as_english(heading), heading
    assert results.index(sure[0], CONFIDENCE_COLUMN).data().endswith("%")
    page.threshold.set_unsure(False)
