"""The class buttons and class panes of the Sort page, as a user sees them."""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QAccessible, QKeySequence
from PySide6.QtWidgets import QLabel, QWidget

MORE_CLASSES = ["cats & dogs", "elephant", "giraffe", "hippopotamus", "kangaroo",
                "zebras & horses"]


def add_classes(window, qtbot, names: list[str]) -> None:
    page = window.sort_page
    for name in names:
        page.board.add_class(name)
    qtbot.waitUntil(lambda: all(n in page.class_panes for n in names))
    qtbot.wait(50)  # the layouts settle


def shown_text(button) -> str:
    """What the button reads, to the eye and to a screen reader: mnemonics stripped."""
    return QAccessible.queryAccessibleInterface(button).text(QAccessible.Text.Name)


def rect_in(widget: QWidget, ancestor: QWidget) -> QRect:
    return QRect(widget.mapTo(ancestor, widget.rect().topLeft()), widget.size())


def test_a_class_name_with_an_ampersand_reads_right_on_its_button(window, qtbot, camera):
    page = window.sort_page
    page.add_files(sorted(camera.iterdir()))
    add_classes(window, qtbot, ["cats & dogs"])
    button = page.class_buttons.buttons["cats & dogs"]
    assert shown_text(button) == "3 · C  cats & dogs  (0)"
    assert QKeySequence.mnemonic(button.text()).isEmpty(), "no stray Alt shortcut"
    # The class keys still sort into it, and the button keeps reading right as it counts.
    grid = page.tray_pane.grid
    grid.setFocus()
    grid.select_row(0)
    qtbot.keyClick(grid, Qt.Key.Key_C)
    assert (page.board.workspace / "cats & dogs" / "IMG_0000.jpg").is_file()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert (page.board.workspace / "cats & dogs" / "IMG_0001.jpg").is_file()
    assert shown_text(page.class_buttons.buttons["cats & dogs"]) == "3 · C  cats & dogs  (2)"


def test_more_classes_wrap_onto_more_rows_instead_of_widening_the_window(window, qtbot):
    window.resize(1280, 820)
    qtbot.wait(50)
    buttons = window.sort_page.class_buttons
    # Two classes, the default window: one tidy row.
    row = [*buttons.buttons.values(), buttons.add_button]
    assert len({b.geometry().center().y() for b in row}) == 1
    two_classes_minimum = window.minimumSizeHint().width()
    add_classes(window, qtbot, MORE_CLASSES)
    assert window.minimumSizeHint().width() <= two_classes_minimum
    assert window.width() == 1280
    row = [*buttons.buttons.values(), buttons.add_button]
    assert len({b.geometry().center().y() for b in row}) > 1, "the buttons wrap"
    places = [rect_in(b, window) for b in row]
    for number, (button, place) in enumerate(zip(row, places, strict=True)):
        assert button.isVisible() and window.rect().contains(place), button.text()
        assert not any(place.intersects(other) for other in places[number + 1:]), button.text()


def header_of(pane) -> list[QWidget]:
    """The title's neighbours in the header: key, count and Rename button."""
    others = [label for label in pane.findChildren(QLabel)
              if label is not pane.title_label and label.text()]
    return others + ([pane.rename_button] if pane.rename_button else [])


def test_class_pane_titles_show_in_full_at_the_default_size(window, qtbot):
    window.resize(1280, 820)
    add_classes(window, qtbot, ["cats & dogs"])
    panes = window.sort_page.class_panes
    assert list(panes) == ["alpaca", "not alpaca", "cats & dogs"]
    for name, pane in panes.items():
        title = pane.title_label
        assert title.isVisible()
        assert title.shown_text() == name
        assert title.fontMetrics().horizontalAdvance(name) <= title.contentsRect().width(), name
        assert title.toolTip() == "", "nothing hidden, nothing to repeat"
        place = rect_in(title, pane)
        for other in header_of(pane):
            assert not place.intersects(rect_in(other, pane)), (name, other)


def test_a_title_too_long_for_its_pane_is_elided_with_the_full_name_in_its_tooltip(window,
                                                                                   qtbot):
    window.resize(1280, 820)
    name = "photos of alpacas taken on the farm in spring"
    add_classes(window, qtbot, [name])
    title = window.sort_page.class_panes[name].title_label
    shown = title.shown_text()
    assert shown.endswith("…") and name.startswith(shown[:-1])
    assert title.fontMetrics().horizontalAdvance(shown) <= title.contentsRect().width()
    assert title.toolTip() == name
    # Given the room, the whole name shows again.
    window.resize(3000, 820)
    qtbot.waitUntil(lambda: title.shown_text() == name)
    assert title.toolTip() == ""
