"""With Korean installed, the Sort step speaks Korean in every state a person reaches: no
workspace, the proposed one, photos in two classes and in Unsorted, a class added, its
name dialog refusing a name, and the health panel listing a duplicate and photos that may
be in the wrong folder; plurals and undo names are whole Korean phrases."""

from __future__ import annotations

import shutil
from collections.abc import Iterable
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from app.steps.sort.page import SortPage
from app.widgets.message_bar import breakable
from tests.app.disk import make_photos
from tests.app.suggest_fixtures import BLUE, RED, coloured_photos
from tests.app.test_sort_doubts import doubtful_workspace, open_with_features
from tests.app.window_texts import english_texts

MOST_ENGLISH = 0.02


@pytest.fixture
def page(korean, qtbot, app_paths, tmp_path) -> SortPage:
    page = SortPage(app_paths, QSettings(str(tmp_path / "ko.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(page)
    page.resize(1280, 820)
    page.show()
    qtbot.waitExposed(page)
    yield page
    page.shutdown()


def names_in(*folders: Path) -> list[str]:
    """The names a person chose or that their disk has: folders of the paths, photo names
    (also as the message bar breaks long paths)."""
    names: set[str] = set()
    for folder in folders:
        names.update(part for part in folder.parts if part != "/")
        names.update((str(folder), breakable(str(folder))))
        if folder.is_dir():
            names.update(p.name for p in folder.rglob("*"))
    return sorted(names, key=len, reverse=True)


def assert_korean(page: SortPage, names: Iterable[str], state: str) -> tuple[int, int]:
    english, total = english_texts(page, [*page.board.class_names, *names])
    print(f"{state}: {len(english)} of {total} texts read as English: {english}")
    assert total > 10, "the page has its texts"
    assert len(english) <= MOST_ENGLISH * total, (state, english)
    return len(english), total


def test_the_sort_step_speaks_korean_from_no_workspace_to_a_class_added(
        page, qtbot, tmp_path, app_paths):
    assert page.readiness() == "작업 폴더가 열려 있지 않음"
    assert page.tray_pane.title_label.text() == "미분류"
    assert page.tray_pane.count_text == "사진 0장"
    assert page.workspace_bar.add_button.text() == "사진 추가…"
    assert page.tray_pane.grid.empty_text.startswith("사진이나 폴더를 여기에 끌어다 놓으세요")
    assert_korean(page, names_in(tmp_path), "no workspace")

    page.start()  # the first run: a workspace proposed, with a welcome
    assert page.messages.text.startswith("어서 오세요!")
    assert page.workspace_bar.text.endswith("(아직 만들지 않음)")
    proposal = app_paths.pictures_dir / "Alpaca Studio"
    assert_korean(page, names_in(tmp_path, proposal), "proposed workspace")

    root = tmp_path / "ws"
    coloured_photos(root / "alpaca", 3, RED, "alp")
    coloured_photos(root / "not alpaca", 2, BLUE, "not")
    assert page.open_workspace(root)
    qtbot.waitUntil(lambda: not page.board.listing, timeout=5000)  # the folders are listed
    camera = make_photos(tmp_path / "camera", 4, "IMG")
    page.add_files(camera)
    assert page.tray_pane.count_text == "사진 4장"
    assert page.class_panes["alpaca"].count_text == "사진 3장"
    assert page.readiness() == "사진 5장 분류됨 · 4장 미분류"
    assert page.class_buttons.add_button.text() == "+ 클래스 추가…"
    assert_korean(page, names_in(tmp_path, proposal), "photos in two classes and in Unsorted")

    grid = page.tray_pane.grid
    grid.select_row(0)
    page.sort_selection("alpaca")
    stack = page.board.undo_stack
    assert stack.undoText() == "'alpaca'에 IMG_0000.jpg 넣기", "a whole phrase, with its fields"
    page.add_files(camera[:1])  # already sorted: said so, in Korean
    assert page.messages.text == ("IMG_0000.jpg은(는) 이미 'alpaca'에 있어요.\n"
                                  "미분류에 다시 추가하지 않았어요.")
    grid.selectAll()
    page.sort_selection("not alpaca")
    assert stack.undoText() == "'not alpaca'에 사진 3장 넣기"
    assert page.readiness() == "사진 9장 분류됨"
    stack.undo()
    assert page.tray_pane.count_text.startswith("사진 3장")
    assert_korean(page, names_in(tmp_path, proposal), "after sorting, a notice shown")

    page.board.add_class("llama")
    assert page.class_panes["llama"].grid.empty_text == "사진을 여기로 끌어 오거나 3 키를 누르세요"
    assert stack.undoText() == "클래스 'llama' 추가"
    assert_korean(page, names_in(tmp_path, proposal), "a class added")

    page.ask_new_class()
    dialog = page.class_dialog
    assert dialog.windowTitle() == "클래스 추가" and dialog.ok_button.text() == "추가"
    dialog.field.setText("Alpaca")
    dialog.accept()  # a name that differs only in capitals is refused, in Korean
    assert dialog.isVisible()
    assert dialog.reason.text().startswith("'alpaca' 클래스가 이미 있어요 (대소문자만 다른")
    english, total = english_texts(dialog, ["Alpaca", "alpaca"])
    assert not english, english
    dialog.reject()


def test_the_health_panel_lists_a_duplicate_and_photos_in_the_wrong_folder_in_korean(
        page, qtbot, tmp_path):
    root = doubtful_workspace(tmp_path / "ws")
    shutil.copy(root / "alpaca" / "alp_1.jpg", root / "alpaca" / "alp_1 again.jpg")
    open_with_features(page, root)
    panel, listed = page.health.panel, page.wrong_folder
    with qtbot.waitSignal(page.health.checked, timeout=10_000):
        pass
    qtbot.waitUntil(lambda: any(r.photo.name == "wrong.jpg" for r in listed.rows),
                    timeout=10_000)
    qtbot.waitUntil(lambda: bool(page.near_copies.rows), timeout=10_000)
    photos = len(list(root.rglob("*.jpg")))
    assert panel.summary.startswith(f"<b>사진 {photos}장 점검함</b>")
    assert "똑같은 사진" in panel.details, "the duplicate, under its Korean heading"
    assert listed.heading.text().startswith(f"<b>사진 {len(listed.rows)}장이 잘못된 폴더에")
    row = next(r for r in listed.rows if r.photo.name == "wrong.jpg")
    assert row.move_button.text() == "'not alpaca'(으)로 옮기기"
    assert row.keep_button.text() == "여기 두기"
    assert row.look_button.text() == "모델이 본 곳"
    tabs = panel.tabs
    assert [tabs.tabText(i) for i in range(tabs.count())] == [
        "점검", f"잘못된 폴더 ({len(listed.rows)})",
        f"⚠ 거의 같은 사진 ({len(page.near_copies.rows)})"]
    warning = page.near_copies.rows[0].warning
    assert warning is not None and "서로 다른 클래스에 있어요" in warning.text()
    assert_korean(page, names_in(tmp_path), "health panel with its lists")

    row.keep_button.click()
    assert page.board.undo_stack.undoText() == "wrong.jpg 그대로 두기"
