"""The window in Korean: its four steps read as Korean, and the Language menu keeps a choice.

With the Korean catalogue installed (as `ALPACA_STUDIO_LANG=ko` does at start), every label,
button, group, tab, menu and action text of the window, visible or not, is checked for
English words left (class names, file names, numbers and product names excepted).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget

from app import i18n
from app.main_window import MainWindow
from tests.app.disk import make_photos
from tests.app.window_texts import english_texts

CLASSES = ("alpaca", "not alpaca")
# Read the same in every language: each language is named in its own (a person who reads
# only Korean must find 한국어), and the environment variable is set as written.
NAMES = (*CLASSES, *i18n.LANGUAGES.values(),
         *(f"{i18n.ENVIRONMENT}={code}" for code in i18n.LANGUAGES))
MOST_ENGLISH = 0.02  # issue #18: at most 2% of the texts may still read as English
FIRST_RENDER_MS = 60_000  # the Augment step's first render imports TensorFlow


@pytest.fixture
def small_workspace(tmp_path: Path) -> Path:
    root = tmp_path / "my photos"
    make_photos(root / CLASSES[0], 4, "alp")
    make_photos(root / CLASSES[1], 4, "oth", start=20)
    return root


def menu_by_title(window: MainWindow, title: str):
    return next(action.menu() for action in window.menuBar().actions()
                if action.text() == title)


def share(root: QWidget, names=NAMES, leave_out=()) -> tuple[list[str], int]:
    english, total = english_texts(root, names)
    english = [text for text in english if text not in leave_out]
    print(f"{type(root).__name__}: {len(english)} of {total} texts read as English")
    for text in english:
        print(f"   {text!r}")
    return english, total


def open_every_step(qtbot, window: MainWindow, workspace: Path) -> None:
    """Open the workspace, then visit each step as a person would (Augment: until drawn)."""
    assert window.sort_page.open_workspace(workspace)
    qtbot.waitUntil(lambda: not window.sort_page.board.listing, timeout=5000)
    for step in range(4):
        if step == 1:
            with qtbot.waitSignal(window.augment_page.preview_shown, timeout=FIRST_RENDER_MS):
                window.go_to_step(step)
        else:
            window.go_to_step(step)
        qtbot.wait(50)


def test_the_window_chrome_and_the_augment_step_read_as_korean(korean, make_window, qtbot,
                                                              small_workspace, monkeypatch):
    shown = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.text()))
    window = make_window()
    open_every_step(qtbot, window, small_workspace)
    # A person sees the steps and the menus in Korean…
    assert [button.accessibleName() for button in window.step_bar.buttons] == [
        "1단계: 분류", "2단계: 증강", "3단계: 학습", "4단계: 테스트"]
    titles = [action.text() for action in window.menuBar().actions()]
    assert titles == ["파일(&F)", "편집(&E)", "이동(&G)", "설정(&S)", "도움말(&H)"]
    language = menu_by_title(window, "설정(&S)").actions()[0]
    assert language.text() == "언어(&L)"
    assert [action.text() for action in language.menu().actions()][:2] == ["English", "한국어"]
    assert "다시 시작하면" in language.menu().actions()[3].text()
    assert window.step_bar.welcome.text().startswith("<b>처음이신가요?</b>")
    menu_by_title(window, "도움말(&H)").actions()[0].trigger()
    assert shown[0].startswith("<h3>Alpaca Studio 사용 방법</h3>")
    assert not any(english_texts(QLabel(text), NAMES)[0] for text in shown)
    augment = window.augment_page
    assert augment.shuffle_button.text() == "다시 섞기"
    assert "학습에 쓰는 크기" in augment.caption.text()  # set once the versions are drawn
    assert window.step_bar.buttons[1].status.startswith("좌우 뒤집기")
    # …and of all their texts, at most 2% still read as English.
    # Under the other steps' names: their pages' own status ("8 photos sorted"), which the
    # whole-window test below checks with their pages.
    theirs = {button.status for index, button in enumerate(window.step_bar.buttons)
              if index != 1}
    english, total = [], 0
    for part in (window.menuBar(), window.step_bar, augment):
        found, count = share(part, leave_out=theirs)
        english += found
        total += count
    assert total > 60
    assert len(english) <= MOST_ENGLISH * total, english


def test_the_whole_window_reads_as_korean_in_each_step(korean, make_window, qtbot,
                                                      small_workspace):
    window = make_window()
    open_every_step(qtbot, window, small_workspace)
    names = (*NAMES, str(small_workspace))  # the folder the person opened reads as it is
    for page in window.pages:
        share(page, names)
    english, total = share(window, names)
    assert len(english) <= MOST_ENGLISH * total, english


def test_the_language_menu_keeps_the_choice_for_the_next_start(make_window, settings_file,
                                                                monkeypatch):
    monkeypatch.delenv(i18n.ENVIRONMENT, raising=False)
    window = make_window()
    actions = window.language_actions
    assert actions["en"].isChecked() != actions["ko"].isChecked()
    started_in = "ko" if actions["ko"].isChecked() else "en"
    other = "en" if started_in == "ko" else "ko"
    actions[other].trigger()
    assert actions[other].isChecked() and not actions[started_in].isChecked()  # the check moved
    saved = QSettings(str(settings_file), QSettings.Format.IniFormat)
    assert saved.value(i18n.SETTING) == other
    assert i18n.chosen_language(saved, environment={}) == other  # what the next start picks
    note = window.language_note
    assert note is not None and note.isVisible()
    # Said in the language just chosen, and only that the change waits for a restart.
    expected = {"ko": "Alpaca Studio를 다음에 시작할 때", "en": "the next time it starts"}[other]
    assert expected in note.text() and i18n.ENVIRONMENT not in note.text()
    note.close()
    window.close()

    again = make_window()  # the next start: the menu shows the saved choice
    assert again.language_actions[other].isChecked()
    assert again.language_forced is None  # nothing overrides the menu


def test_the_language_menu_says_when_the_environment_decides(make_window, monkeypatch):
    monkeypatch.setenv(i18n.ENVIRONMENT, "en")
    window = make_window()
    hint = window.language_forced
    assert hint is not None and not hint.isEnabled() and "ALPACA_STUDIO_LANG=en" in hint.text()
    window.language_actions["ko"].trigger()
    text = window.language_note.text()
    assert "Alpaca Studio를 다음에 시작할 때" in text  # the note in the language chosen…
    assert "ALPACA_STUDIO_LANG=en" in text  # …saying the environment wins while it is set,
    assert "the next time it starts" in text  # and in the window's language too
    window.language_note.close()
