"""The Train page in a non-programmer's words, scores with their likely range, readable charts."""

from __future__ import annotations

import re

import pytest
from PySide6.QtWidgets import QAbstractButton, QComboBox, QLabel

from app.steps.train.widgets import line_chart
from core.evaluation import wilson_interval
from tests.app.disk import make_photos
from tests.app.fake_engine import fake_engine
from tests.app.test_train_page import TRAIN_STEP, _fake_saved_run, click, open_train_page

JARGON = re.compile(r"\bepochs?\b|\bpx\b|\bseed\b|dropout|\bbatch|validation loss|\bloss\b|"
                    r"MobileNetV2|fine-tun|accuracy", re.IGNORECASE)


@pytest.fixture
def train_page(window, workspace, qtbot):
    return open_train_page(window, workspace, qtbot)


def shown_words(page) -> list[str]:
    """Every text a person sees on the page now (not the tooltips, not the closed Advanced)."""
    texts = []
    for widget in page.findChildren(QLabel) + page.findChildren(QAbstractButton):
        if widget.isVisible() and widget.text():
            texts.append(re.sub(r"<[^>]+>", " ", widget.text()))
    for combo in page.findChildren(QComboBox):
        if combo.isVisible():
            texts.append(combo.currentText())
    for chart in (page.charts.accuracy, page.charts.loss):  # drawn, not labels
        texts += [chart.title, line_chart.X_LABEL, *(s.name for s in chart.series),
                  *(label for _x, label in chart.markers)]
    tree = page.runs.list.tree
    for row in range(tree.topLevelItemCount()):
        texts += [tree.topLevelItem(row).text(column) for column in range(3)]
    return texts


def jargon_in(texts: list[str]) -> list[str]:
    return [text for text in texts if JARGON.search(text)]


def test_the_page_speaks_of_rounds_photo_size_and_shuffle_number_with_the_terms_in_tooltips(
        window, workspace, app_paths, qtbot):
    _fake_saved_run(app_paths.runs_dir(workspace), "run-a", 0.9, 0.2,
                    workspace / "alpaca" / "alp_0000.jpg")
    assert window.sort_page.open_workspace(workspace)
    window.go_to_step(TRAIN_STEP)
    page = window.train_page
    qtbot.waitUntil(lambda: page.report is not None and len(page.runs.list.paths) == 1,
                    timeout=10000)
    assert jargon_in(shown_words(page)) == []
    seen: list[str] = []  # the progress panel through a whole run
    page.session.job_factory = fake_engine(batches=3)
    page.settings_panel.frozen_epochs.setValue(2)
    page.settings_panel.fine_tune_epochs.setValue(1)
    click(qtbot, page.start_button)
    page.session.worker.progress.connect(
        lambda _event: seen.extend([page.progress.phase.text(), page.progress.details.text()]))
    qtbot.waitUntil(lambda: not page.is_training, timeout=20000)
    assert "<b>Loading the starting model…</b>" in seen
    assert any(text.startswith("Round 3 of 3 · step 2 of 3 · ") for text in seen)
    assert jargon_in(seen) == []
    assert jargon_in(shown_words(page)) == []
    assert "after round 3 is kept: the one that did best on the photos kept aside" in \
        page.results.headline.text()

    panel = page.settings_panel  # the technical names stay, in the tooltips
    panel.advanced_toggle.click()
    assert panel.labels["seed"].text() == "Shuffle number"
    assert "random seed" in panel.seed.toolTip()
    assert panel.labels["frozen_epochs"].text() == "Learning rounds"
    assert "frozen epochs" in panel.frozen_epochs.toolTip()
    assert "fine-tune from layer" in panel.fine_tune_at.toolTip()
    assert panel.image_size.currentText() == "160 × 160 pixels"
    assert "dropout" in panel.dropout.toolTip()


def test_wilson_interval_matches_the_textbook():
    low, high = wilson_interval(53, 60)
    assert (round(low, 3), round(high, 3)) == (0.778, 0.942)
    low, high = wilson_interval(8, 10)
    assert (round(low, 3), round(high, 3)) == (0.490, 0.943)
    assert wilson_interval(0, 12)[0] == 0.0 and wilson_interval(12, 12)[1] == 1.0
    with pytest.raises(ValueError, match="Received: correct=5"):
        wilson_interval(5, 4)


def test_a_score_comes_with_its_likely_range_and_a_warning_when_few_photos_scored_it(
        train_page, qtbot):
    train_page.session.job_factory = fake_engine(batches=1)
    train_page.settings_panel.preset.setCurrentText("Quick")
    click(qtbot, train_page.start_button)
    qtbot.waitUntil(lambda: not train_page.is_training, timeout=20000)
    evaluation = train_page.results.evaluation
    right, total = evaluation["correct"], evaluation["total"]
    low, high = wilson_interval(right, total)
    likely = f"(likely {round(low * 100)}–{round(high * 100)}%)"
    headline = train_page.results.headline.text()
    assert f"{right} of {total} validation photos right — {right / total:.0%} {likely}" \
        in headline
    assert f"Measured on only {total} validation photos, so this score can move a lot" \
        in headline and "Sort more photos into each class" in headline
    assert likely in train_page.progress.phase.text()


def test_enough_validation_photos_need_no_warning(window, tmp_path, qtbot):
    folder = tmp_path / "big"
    make_photos(folder / "alpaca", 64, "alp")
    make_photos(folder / "not alpaca", 64, "not", start=100)
    assert window.sort_page.open_workspace(folder)
    window.go_to_step(TRAIN_STEP)
    page = window.train_page
    qtbot.waitUntil(lambda: page.report is not None, timeout=20000)
    page.session.job_factory = fake_engine(batches=1)
    page.settings_panel.preset.setCurrentText("Quick")
    click(qtbot, page.start_button)
    qtbot.waitUntil(lambda: not page.is_training, timeout=20000)
    headline = page.results.headline.text()
    assert page.results.evaluation["total"] == 32 and "(likely " in headline
    assert "can move a lot" not in headline


def test_chart_titles_wrap_and_the_refining_label_sits_above_the_lines(window, train_page, qtbot):
    window.resize(1024, 600)
    qtbot.waitUntil(lambda: window.width() == 1024 and window.height() == 600)
    train_page.charts.start(3, 2)
    qtbot.wait(50)
    for chart in (train_page.charts.accuracy, train_page.charts.loss):
        metrics = chart.fontMetrics()
        bold = chart.font()
        bold.setBold(True)
        lines = chart.title_lines()
        assert " ".join(lines) == chart.title  # every word drawn
        for line in lines:
            width = type(metrics)(bold).horizontalAdvance(line)
            assert line_chart.TITLE_LEFT + width <= chart.width(), (chart.title, line)
        plot = chart.plot_rect()
        marker_x = plot.left() + plot.width() * 3 / 5
        label = chart.marker_label_rect(marker_x, chart.markers[0][1])
        assert label.bottom() <= plot.top()  # in its own row, never over a line
        assert label.left() >= 0 and label.right() <= chart.width()


def test_a_saved_runs_charts_name_no_line_it_does_not_have(qtbot):
    from app.steps.train.widgets.charts import TrainCharts

    charts = TrainCharts()
    qtbot.addWidget(charts)
    charts.start(1, 1)  # a run in progress draws its loss step by step
    assert "training, step by step" in charts.loss.legend_names()
    charts.show_history([{"epoch": 1, "accuracy": 0.8, "val_accuracy": 0.7, "loss": 0.5,
                          "val_loss": 0.6}], 1, 1)
    assert charts.loss.legend_names() == ["training", "kept aside"]
    charts.start(1, 1)
    assert "training, step by step" in charts.loss.legend_names()
