"""The Test page as a first-time user meets it: words, threshold, table, export, small screens.

One window for the module with the session's small real model (see `test_test_page`).
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path

from PySide6.QtCore import QPoint, QSettings, QSize, Qt, QUrl
from PySide6.QtGui import QAction, QDesktopServices
from PySide6.QtWidgets import (
    QAbstractButton,
    QDialog,
    QFileDialog,
    QInputDialog,
    QLabel,
    QMainWindow,
    QPushButton,
    QStyleOptionViewItem,
    QWidget,
)

from app.step_bar import StepBar
from app.steps.predict.page import PredictPage
from app.steps.predict.results import COLUMNS, FOLDER_COLUMN, NAME_COLUMN
from app.steps.predict.widgets.dialogs import ask_choice, full_title
from app.steps.predict.widgets.prediction_card import sure_text
from tests.app.test_test_page import (
    EXPORT_TIMEOUT,
    LOAD_TIMEOUT,
    TEST_STEP,
    answer_all,
    click_this_is_wrong,
    shown,
)
from tests.trained_run import CLASSES

SMALL = (1024, 600)


def test_each_card_is_as_sure_as_the_slider_says(page_window, qtbot, own_photos):
    window = page_window
    page = window.predict_page
    answer_all(qtbot, window, own_photos)
    first, second = CLASSES
    assert page.threshold.explanation.text() == f"Say “{first}” only when at least 50% sure"
    for percent in (5, 50, 89):
        page.threshold.slider.setValue(percent)
        assert page.threshold.explanation.text() == \
            f"Say “{first}” only when at least {percent}% sure"
        for row, prediction in enumerate(shown(window)):
            index = page.results.index(row, 0)
            label_sure = prediction.probabilities[CLASSES.index(prediction.label)]
            # What the card draws, and what it says when pointed at.
            assert sure_text(prediction.probability) == sure_text(label_sure)
            tip = page.cards.delegate.tooltip(index, page.cards.visualRect(index), QPoint(1, 1))
            assert tip.startswith(f"{prediction.label}, {label_sure:.0%} sure")
            if prediction.label == first:
                assert prediction.probability * 100 >= percent, \
                    f"a card says “{first}” less sure than the slider asks ({tip})"
    page.threshold.slider.setValue(99)
    assert {p.label for p in shown(window)} == {second}


def test_the_latest_run_is_loaded_on_launch_and_after_open_workspace(
        make_window, app_paths, qtbot, trained_run, tmp_path):
    workspace = app_paths.pictures_dir / "Alpaca Studio"
    workspace.mkdir(parents=True)
    shutil.copytree(trained_run, app_paths.runs_dir(workspace) / "2024-01-01_10-00-00")
    window = make_window()  # a relaunch: Sort shows, the Test step was never opened
    page = window.predict_page
    assert window.current_step != "Test" and not page.isVisible()
    qtbot.waitUntil(lambda: page.loaded is not None, timeout=LOAD_TIMEOUT)
    assert window.step_bar.buttons[TEST_STEP].status == "Ready"
    assert window.step_bar.buttons[2].status.startswith("Last run")
    assert page.picker.combo.currentText().startswith("Latest run")

    other = tmp_path / "pets"
    (other / "cat").mkdir(parents=True)
    (other / "dog").mkdir()
    run = shutil.copytree(trained_run, app_paths.runs_dir(other) / "2024-05-01_10-00-00")
    window.sort_page.open_workspace(other)
    qtbot.waitUntil(lambda: page.models.source == run and page.loaded is not None,
                    timeout=LOAD_TIMEOUT)
    assert window.step_bar.buttons[TEST_STEP].status == "Ready"
    untrained = tmp_path / "birds"  # a workspace never trained
    (untrained / "owl").mkdir(parents=True)
    (untrained / "hawk").mkdir()
    window.sort_page.open_workspace(untrained)
    qtbot.waitUntil(lambda: page.loaded is None, timeout=10_000)
    assert window.step_bar.buttons[TEST_STEP].status == "No model yet"


def test_the_table_has_the_file_name_and_the_whole_folder_on_pointing(page_window, qtbot,
                                                                      tmp_path, own_photos):
    window = page_window
    page = window.predict_page
    deep = tmp_path / ("a folder with a rather long name " * 3).strip() / "2024 holiday"
    deep.mkdir(parents=True)
    photo = Path(shutil.copy(own_photos[0], deep / "IMG_0001.jpg"))
    answer_all(qtbot, window, [photo])
    page.tabs.setCurrentIndex(1)
    table = page.table
    assert COLUMNS[NAME_COLUMN] == "File name"
    assert table.model().index(0, NAME_COLUMN).data() == "IMG_0001.jpg"
    folder = table.model().index(0, FOLDER_COLUMN)
    assert folder.data() == str(deep) and folder.data(Qt.ItemDataRole.ToolTipRole) == str(photo)
    assert table.fontMetrics().horizontalAdvance(str(deep)) > table.columnWidth(FOLDER_COLUMN)
    # What the cell draws: the folder's start and its own name, the middle left out.
    option = QStyleOptionViewItem()
    option.initFrom(table)
    option.rect = table.visualRect(folder)
    table.itemDelegateForColumn(FOLDER_COLUMN).initStyleOption(option, folder)
    assert option.text.startswith(str(tmp_path)[:5]) and option.text.endswith("…/2024 holiday")
    assert option.fontMetrics.horizontalAdvance(option.text) <= option.rect.width()
    assert table.textElideMode() == Qt.TextElideMode.ElideMiddle  # long file names too


def visible_words(page: QWidget) -> list[str]:
    words = [page.cards.empty_text]
    for widget in page.findChildren(QWidget):
        words.append(widget.toolTip())
        if isinstance(widget, QLabel | QAbstractButton):
            words.append(widget.text())
    words += [action.text() for action in page.findChildren(QAction)]
    words += [page.tabs.tabText(i) for i in range(page.tabs.count())]
    words += [page.results.headerData(c, Qt.Orientation.Horizontal) for c in range(len(COLUMNS))]
    return [w for w in words if w]


def test_the_words_on_the_page_have_one_ellipsis_and_real_plurals(page_window, qtbot,
                                                                  own_photos):
    window = page_window
    page = window.predict_page
    answer_all(qtbot, window, own_photos[:1])
    words = visible_words(page)
    assert any("Open photos…" in w for w in words)
    for text in words:
        assert "…." not in text and "..." not in text and "(s)" not in text, text
        assert not re.search(r"\b1 (photos|answers)\b", text), text
    assert page.tabs.tabText(0) == "Cards (1)" and page.readiness() == "1 photo tested"


def test_a_question_dialog_is_wide_enough_for_its_whole_title(qtbot, monkeypatch, qapp):
    seen: list[QDialog] = []

    def answer(dialog):
        seen.append(dialog)
        dialog.setTextValue("llama")
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(QInputDialog, "exec", answer)
    name = qapp.applicationDisplayName()
    qapp.setApplicationDisplayName("Alpaca Studio")  # as the app does; the desktop adds it
    try:
        assert ask_choice(None, "This is wrong", "What is in IMG_1.jpg?", ["alpaca", "llama"]) \
            == "llama"
        (dialog,) = seen
        title, width = full_title(dialog), dialog.minimumWidth()
        needed = dialog.fontMetrics().horizontalAdvance(title) + 100
    finally:
        qapp.setApplicationDisplayName(name)
    assert title == "This is wrong — Alpaca Studio"
    assert width >= needed


def test_export_proposes_a_readable_name_says_its_files_and_shows_the_folder(
        page_window, qtbot, tmp_path, monkeypatch):
    window = page_window
    page = window.predict_page
    folder = tmp_path / "exports"
    folder.mkdir()
    offered = []

    def save_as(_parent, title, proposal, _filter, **_kwargs):
        offered.append((title, proposal, page.messages.text))
        return str(folder / Path(proposal).name), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_as)
    tip = page.picker.export_actions["tflite"].toolTip()
    assert "NAME.labels.txt" in tip and "NAME.json" in tip, "the menu says it before, too"
    with qtbot.waitSignal(page.outputs.task_done, timeout=EXPORT_TIMEOUT):
        page.picker.export_actions["tflite"].trigger()
    (title, proposal, before), = offered
    name = "alpaca or not alpaca classifier"
    assert Path(proposal).name == f"{name}.tflite" and Path(proposal).parent.is_dir()
    assert title == "Export as TensorFlow Lite model"
    assert f"{name}.labels.txt" in before and f"{name}.json" in before \
        and f"{name}.README.txt" in before, \
        "it says which files come beside the model before they are written"
    assert sorted(p.name for p in folder.iterdir()) == \
        sorted([f"{name}.tflite", f"{name}.labels.txt", f"{name}.json", f"{name}.README.txt"])
    after = page.messages.text
    assert f"{name}.labels.txt" in after and f"{name}.json" in after and str(folder) in after
    assert f"{name}.README.txt says how to use it in another program" in after
    assert "photos get the same answer as in Alpaca Studio" in after

    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    show = next(b for b in page.messages.findChildren(QPushButton)
                if b.text() == "Show in folder")
    assert show.isVisible()
    qtbot.mouseClick(show, Qt.MouseButton.LeftButton)
    assert opened == [QUrl.fromLocalFile(str(folder))]

    # Next time: the same folder, and a name not taken yet.
    offered.clear()
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda _p, title, proposal, *_a, **_k: offered.append(proposal) or ("", ""))
    page.picker.export_actions["tflite"].trigger()
    assert Path(offered[0]) == folder / f"{name} (2).tflite"
    page.picker.export_actions["keras"].trigger()  # its side files would be the first's
    assert Path(offered[1]) == folder / f"{name} (2).keras"
    assert "Nothing was exported" in page.messages.text


def _cut_off(page: QWidget) -> list[str]:
    """Buttons and labels of `page` that are narrower than their text, or outside the page."""
    problems = []
    area = page.rect()
    for widget in page.findChildren(QAbstractButton) + page.findChildren(QLabel):
        if not widget.isVisible() or widget.parent() is page.cards or widget.width() == 0:
            continue
        rect = widget.rect().translated(widget.mapTo(page, QPoint(0, 0)))
        if not area.contains(rect):
            problems.append(f"{widget.text()!r} is outside the page")
        if not (isinstance(widget, QLabel) and widget.wordWrap()) and \
                widget.width() < widget.minimumSizeHint().width():
            problems.append(f"{widget.text()!r} is cut ({widget.width()} px)")
    return problems


def page_room(width: int, height: int) -> QSize:
    """What a window of `width` × `height` leaves for a step's page."""
    frame = QMainWindow()
    frame.menuBar().addMenu("&File")
    frame.statusBar().showMessage("Ready")
    chrome = frame.menuBar().sizeHint().height() + frame.statusBar().sizeHint().height()
    bar = StepBar()
    return QSize(width - max(bar.minimumWidth(), bar.minimumSizeHint().width()), height - chrome)


def test_the_page_fits_1024_by_600(qtbot, app_paths, settings_file, trained_run, own_photos):
    workspace = app_paths.pictures_dir / "Alpaca Studio"
    shutil.copytree(trained_run, app_paths.runs_dir(workspace) / "2024-01-01_10-00-00")
    page = PredictPage(app_paths, QSettings(str(settings_file), QSettings.Format.IniFormat))
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.model_loaded, timeout=LOAD_TIMEOUT):
        page.set_workspace(workspace)
    page.add_photos(own_photos[:2])
    qtbot.waitUntil(lambda: page.results.rowCount() == 2 and not page.is_predicting,
                    timeout=LOAD_TIMEOUT)
    page.messages.show_message("A long message about a photo that was not copied. " * 4)
    room = page_room(*SMALL)
    hint = page.minimumSizeHint()
    assert hint.width() <= room.width() and hint.height() <= room.height(), (hint, room)
    page.show()
    for size in (room, page_room(1280, 820)):
        page.resize(size)
        qtbot.waitUntil(lambda s=size: page.size() == s, timeout=2000)
        for tab in (1, 0):
            page.tabs.setCurrentIndex(tab)
            qtbot.wait(20)
            assert _cut_off(page) == [], (size, tab)
        assert page.threshold.isVisible() and page.threshold.slider.width() >= 100
        assert page.cards.height() >= 200, "room for at least one row of cards"


def test_nothing_above_the_cards_moves_when_a_model_answers_or_news_arrive(
        qtbot, app_paths, settings_file, trained_run, own_photos):
    workspace = app_paths.pictures_dir / "Alpaca Studio"
    for name in CLASSES:
        (workspace / name).mkdir(parents=True)
    shutil.copytree(trained_run, app_paths.runs_dir(workspace) / "2024-01-01_10-00-00")
    page = PredictPage(app_paths, QSettings(str(settings_file), QSettings.Format.IniFormat))
    qtbot.addWidget(page)
    page.resize(page_room(*SMALL))
    page.show()
    qtbot.waitExposed(page)

    def places() -> dict[str, QPoint]:
        widgets = {"Open photos": page.open_button, "Copy": page.copy_button,
                   "Cards": page.cards, "Export model": page.picker.export_button}
        return {name: w.mapTo(page, QPoint(0, 0)) for name, w in widgets.items()}

    before = places()
    with qtbot.waitSignal(page.model_loaded, timeout=LOAD_TIMEOUT):
        page.set_workspace(workspace)  # a two-class model: its threshold slider appears
    assert page.threshold.isVisible()
    page.add_photos(own_photos[:3])
    qtbot.waitUntil(lambda: page.results.rowCount() == 3 and not page.is_predicting,
                    timeout=LOAD_TIMEOUT)
    click_this_is_wrong(qtbot, page)
    assert page.messages.isVisible() and "A copy of" in page.messages.text
    qtbot.wait(20)
    assert places() == before
    page.corrections.take_back(0)
