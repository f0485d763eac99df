"""The Sort page fits a 1024×600 window (minus the step bar) with nothing cut off."""

from __future__ import annotations

from PySide6.QtCore import QRect, QSettings
from PySide6.QtWidgets import QAbstractButton, QLabel, QScrollArea, QWidget

from app.steps.sort.page import SortPage
from tests.app.disk import make_photos

SMALL_WINDOW = (1024, 600)


def room_for_a_page(window) -> tuple[int, int]:
    """What a 1024×600 window leaves its page: minus the step bar, menu and status bar."""
    width, height = SMALL_WINDOW
    return (width - window.step_bar.sizeHint().width(),
            height - window.menuBar().sizeHint().height()
            - window.statusBar().sizeHint().height())


def test_the_sort_page_needs_no_more_than_a_small_window_leaves_it(window):
    width, height = room_for_a_page(window)
    hint = window.sort_page.minimumSizeHint()
    assert hint.width() <= width and hint.height() <= height, hint


def inside_scroll_area(widget: QWidget, page: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None and parent is not page:
        if isinstance(parent, QScrollArea):
            return True
        parent = parent.parentWidget()
    return False


def small_sort_page(window, qtbot, app_paths, tmp_path, photos: int):
    """A Sort page with `photos` in Unsorted and four classes, shown as a 1024×600 window
    leaves it; returns it with that width and height."""
    width, height = room_for_a_page(window)
    page = SortPage(app_paths, QSettings(str(tmp_path / "small.ini"),
                                         QSettings.Format.IniFormat))
    qtbot.addWidget(page)
    page.start()
    page.add_files(make_photos(tmp_path / "in", photos))
    for name in ("other animals", "llamas and guanacos"):
        page.board.add_class(name)
    page.resize(width, height)
    page.show()
    qtbot.waitExposed(page)
    return page, width, height


def test_at_the_small_size_every_button_and_text_shows_whole(window, qtbot, app_paths,
                                                             tmp_path):
    page, width, height = small_sort_page(window, qtbot, app_paths, tmp_path, photos=30)
    assert page.size().toTuple() == (width, height)

    def cut_off() -> tuple[list[str], int]:
        wrong, checked = [], 0
        for widget in page.findChildren(QWidget):
            if not isinstance(widget, QAbstractButton | QLabel) or not widget.isVisible():
                continue
            if inside_scroll_area(widget, page) or not widget.text():
                continue
            whole = QRect(widget.mapTo(page, widget.rect().topLeft()), widget.size())
            if (not page.rect().contains(whole)
                    or widget.visibleRegion().boundingRect() != widget.rect()
                    or widget.width() < widget.minimumSizeHint().width()):
                wrong.append(widget.text())
            checked += 1
        return wrong, checked

    # Once the page has settled (counts and checks arrive in the background, and a loaded
    # machine lays out late), nothing is cut off.
    try:
        qtbot.waitUntil(lambda: cut_off()[0] == [], timeout=3000)
    except qtbot.TimeoutError:
        pass  # the assertion below names what stayed cut off
    wrong, checked = cut_off()
    assert wrong == [], wrong
    assert checked >= 10
    page.shutdown()


def test_at_the_small_size_a_class_just_added_scrolls_into_view(window, qtbot, app_paths,
                                                                tmp_path):
    page, _width, _height = small_sort_page(window, qtbot, app_paths, tmp_path, photos=3)
    page.board.add_class("guinea pigs")
    pane = page.class_panes["guinea pigs"]
    qtbot.waitUntil(lambda: pane.visibleRegion().boundingRect().width()
                    >= pane.width() * 0.9, timeout=3000)
    page.shutdown()
