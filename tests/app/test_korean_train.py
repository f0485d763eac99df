"""The Train step in Korean (issue #18): what a person reads there is Korean, in every state.

The window is built with the Korean catalogue installed; the page is looked at with no
workspace, with a workspace of a few tiny photos (Advanced open, each preset chosen), during
and after a (fake, fast) run, with an earlier run listed and a square's photos open.
"""

from __future__ import annotations

import re
from pathlib import Path

from app.steps.train.widgets.cell_photos import CellPhotos
from core.evaluation import wilson_interval
from tests.app.fake_engine import fake_engine
from tests.app.test_train_page import TRAIN_STEP, _fake_saved_run, click
from tests.app.window_texts import english_texts, reads_as_english

CLASSES = ("alpaca", "not alpaca")
MOST_ENGLISH = 0.02
HANGUL = re.compile(r"[\uac00-\ud7a3]")


class Reading:
    """The page's texts in each state a person reaches, and those still in English."""

    def __init__(self, names) -> None:
        self.names = tuple(names)
        self.english: list[tuple[str, str]] = []
        self.total = 0

    def look(self, state: str, root, *extra: str) -> None:
        english, total = english_texts(root, self.names)
        # Texts painted or shown outside labels and buttons: chart titles, legends, items.
        english += [text for text in extra if text and reads_as_english(text, self.names)]
        self.english += [(state, text) for text in english]
        self.total += total + len(extra)

    def check(self) -> None:
        for state, text in self.english:
            print(f"English ({state}): {text!r}")
        share = len(self.english) / self.total
        print(f"{len(self.english)} of {self.total} texts read as English ({share:.1%})")
        assert self.total > 100  # the states were really looked at
        assert share <= MOST_ENGLISH, self.english


def chart_texts(page) -> list[str]:
    charts = page.charts
    return [charts.accuracy.title, charts.loss.title, *charts.accuracy.legend_names(),
            *charts.loss.legend_names(), *(label for _x, label in charts.accuracy.markers)]


def tree_texts(page) -> list[str]:
    tree = page.runs.list.tree
    header = tree.headerItem()
    texts = [header.text(column) for column in range(tree.columnCount())]
    for row in range(tree.topLevelItemCount()):
        item = tree.topLevelItem(row)
        texts += [item.text(column) for column in range(tree.columnCount())]
        texts += [line for line in item.toolTip(0).splitlines()
                  if not line.startswith("/")]  # the run's folder aside
    return texts


def test_the_train_step_reads_as_korean_before_during_and_after_a_run(
        korean, make_window, workspace: Path, app_paths, qtbot):
    photo = workspace / "alpaca" / "alp_0000.jpg"
    _fake_saved_run(app_paths.runs_dir(workspace), "run-a", 0.9, 0.4, photo)
    window = make_window()
    page = window.train_page
    reading = Reading([*CLASSES, workspace.name, "run-a", "fake-run"])

    window.go_to_step(TRAIN_STEP)
    assert page.start_button.text() == "학습 시작"
    reading.look("no workspace", page, page.readiness(), *chart_texts(page))

    assert window.sort_page.open_workspace(workspace)
    qtbot.waitUntil(lambda: not window.sort_page.board.listing, timeout=5000)
    qtbot.waitUntil(lambda: page.report is not None and "학습용" in page.summary.text,
                    timeout=10000)
    qtbot.waitUntil(lambda: "맞힘" in page.results.headline.text(), timeout=10000)
    summary = page.summary.text
    assert "파일 1개 제외" in summary and "broken.jpg" in summary
    assert "장" in summary  # each class's count of photos
    reading.look("workspace and an earlier run", page, page.readiness(), *chart_texts(page),
                 *tree_texts(page))
    # The earlier run's score and its date, in Korean.
    assert "검증용 사진 20장 중 18장 맞힘 — 90% (예상 범위 70–97%)" in page.results.headline.text()
    assert re.fullmatch(r"2026년 11월 \d+일 \d\d:\d\d", page.runs.list.tree.topLevelItem(0).text(0))

    panel = page.settings_panel
    click(qtbot, panel.advanced_toggle)
    assert panel.advanced.isVisible()
    for index in range(panel.preset.count()):
        panel.preset.setCurrentIndex(index)
        hint = panel.preset_hint.text()
        assert HANGUL.search(hint), hint
        reading.look(f"preset {panel.preset_key}", page, hint)
    assert [panel.preset.itemText(i) for i in range(panel.preset.count())] == \
        ["빠르게", "균형 있게", "꼼꼼하게", "강의 레시피 그대로", "직접 설정"]
    panel.preset.setCurrentIndex(panel.preset.findData("Balanced"))
    assert panel.preset_hint.text().startswith("5 + 5 에포크, 사진 160 × 160 픽셀")
    assert panel.labels["frozen_epochs"].text() == "학습 에포크"
    assert "전문 용어" in panel.labels["frozen_epochs"].toolTip()

    page.session.job_factory = fake_engine(batches=5, delay=0.03)
    panel.frozen_epochs.setValue(2)
    panel.fine_tune_epochs.setValue(2)
    seen: list[tuple[str, str]] = []
    click(qtbot, page.start_button)
    page.session.worker.progress.connect(lambda _event: seen.append(
        (page.progress.phase.text(), page.progress.details.text())))
    qtbot.waitUntil(lambda: len(seen) > 12, timeout=20000)
    reading.look("training", page, page.readiness(), *chart_texts(page))
    qtbot.waitUntil(lambda: not page.is_training, timeout=20000)
    assert any(re.fullmatch(r"에포크 3/4 · 단계 2/5 · 0:\d\d 지남 · 약 0:\d\d 남음", details)
               for _phase, details in seen)
    assert "<b>내 클래스 학습 중…</b>" in [phase for phase, _details in seen]
    reading.look("during the run (progress lines)", page, *(text for pair in seen
                                                             for text in pair))

    # The score sentence with its likely range.
    evaluation = page.results.evaluation
    right, total = evaluation["correct"], evaluation["total"]
    low, high = wilson_interval(right, total)
    expected = (f"검증용 사진 {total}장 중 {right}장 맞힘 — {round(100 * right / total)}% "
                f"(예상 범위 {round(low * 100)}–{round(high * 100)}%)")
    assert f"이번 학습: <b>{expected}</b>" in page.results.headline.text()
    assert page.progress.phase.text() == f"<b>완료: {expected}</b>"
    assert page.charts.accuracy.markers == [(2.0, "미세 조정 시작")]
    assert "정밀도" in page.results.per_class.text()
    assert window.step_bar.buttons[TRAIN_STEP].status.startswith("최근 학습: ")
    reading.look("a finished run", page, page.readiness(), *chart_texts(page), *tree_texts(page))

    click(qtbot, page.results.matrix.cells[(0, 1)])
    dialog = page.findChildren(CellPhotos)[-1]
    assert dialog.windowTitle() == "not alpaca(으)로 잘못 본 alpaca"
    assert dialog.remove_button.text() == "학습에서 빼기"
    reading.look("a square's photos", dialog, dialog.windowTitle(),
                 *(dialog.list.item(row).text() for row in range(dialog.list.count())))
    dialog.close()
    reading.check()
