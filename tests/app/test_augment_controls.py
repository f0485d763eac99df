"""The Augment controls: scrolling past a slider never changes it; hints agree with the defaults."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication, QLabel

from app.steps.augment.widgets.controls import rotation_hint
from core.augment_config import AugmentConfig

AUGMENT_STEP = 1


def wheel(widget, steps: int = -1) -> bool:
    """Turn the mouse wheel over the middle of `widget` (negative: towards the person);
    True when `widget` took it. (A real wheel event that a widget declines goes on to its
    parents, here the scroll area; a test's event stops where it was sent.)"""
    centre = QPointF(widget.rect().center())
    event = QWheelEvent(centre, QPointF(widget.mapToGlobal(centre.toPoint())), QPoint(0, 0),
                        QPoint(0, 120 * steps), Qt.MouseButton.NoButton,
                        Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(widget, event)
    return event.isAccepted()


@pytest.fixture
def controls(window, qtbot):
    window.resize(1024, 600)
    window.go_to_step(AUGMENT_STEP)
    qtbot.waitUntil(lambda: window.height() == 600, timeout=2000)
    qtbot.wait(50)
    return window.augment_page.controls


def test_the_wheel_scrolls_past_sliders_and_lists_and_moves_them_only_once_chosen(
        controls, qtbot):
    area = controls.parentWidget().parentWidget()
    scroll = area.verticalScrollBar()
    assert scroll.maximum() > 0  # the controls scroll at this size
    config = controls.config
    for widget in (controls.sliders["rotation"], controls.sliders["zoom"], controls.fill_mode):
        assert not wheel(widget), widget  # declined: it goes on to the scroll area
        assert controls.config == config, widget  # unchanged
    assert wheel(area.viewport()) and scroll.value() > 0  # which scrolls

    slider = controls.sliders["zoom"]
    qtbot.mouseClick(slider, Qt.MouseButton.LeftButton, pos=QPoint(2, slider.height() // 2))
    assert slider.hasFocus()
    value = slider.value()
    assert wheel(slider, steps=1)
    assert slider.value() != value  # chosen, it takes the wheel


@pytest.mark.parametrize("degrees", [0, 5, 10, 18, 36])
def test_the_rotation_hint_is_true_for_any_small_default(degrees):
    hint = rotation_hint(degrees)
    assert "small angle" in hint
    if degrees:
        assert f"the default, ±{degrees}°, is one" in hint
    else:
        assert "by default it is off" in hint


def test_the_hints_on_screen_come_from_the_defaults(controls):
    default = AugmentConfig()
    hints = [label.text() for label in controls.findChildren(QLabel)]
    assert rotation_hint(default.rotation_degrees) in hints
    assert f"±{default.rotation_degrees:.0f}°" in controls.reset_button.toolTip()
    assert "Flip left-right" in controls.reset_button.toolTip()
