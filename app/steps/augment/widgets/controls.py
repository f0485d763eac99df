"""A control for every augmentation `core` offers, each with a hint in plain words.

The controls sit in a scroll area: a slider or list takes the mouse wheel only once
it has the focus (clicked or tabbed to), so scrolling past it never changes it.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QLabel,
    QPushButton,
    QSlider,
    QVBoxLayout,
    QWidget,
)

from core.augment_config import FILL_MODES, AugmentConfig


@dataclass(frozen=True)
class SliderSpec:
    """One slider: shown in whole `unit`s (degrees, percent), stored as a Keras factor."""

    field: str
    title: str
    maximum: int
    unit: str
    per_step: float  # the Keras factor of one step of the slider
    hint: str


FLIPS = {
    "horizontal_flip": ("Flip left-right", "An alpaca facing left is still an alpaca."),
    "vertical_flip": ("Flip upside down", "Only if your photos can be upside down, like photos "
                      "taken from above. An alpaca standing on its head is rare."),
}
DEFAULTS = AugmentConfig()


def rotation_hint(default_degrees: float) -> str:
    """The rotation slider's hint, true whatever small angle is the default."""
    default = (f"the default, ±{default_degrees:.0f}°, is one" if default_degrees
               else "by default it is off")
    return ("Turn the photo up to this angle either way. Photos that are always upright do "
            f"best with a small angle ({default}); photos taken at any angle can take more.")


def defaults_text(config: AugmentConfig) -> str:
    """What "Reset to defaults" sets, from the defaults themselves."""
    parts = [title for field, (title, _hint) in FLIPS.items() if getattr(config, field)]
    for spec in SLIDERS:
        steps = round(getattr(config, spec.field) / spec.per_step)
        if steps:
            parts.append(f"{spec.title} {slider_text(spec, steps)}")
    return ("Back to: " + ", ".join(parts) + ", nothing else") if parts else \
        "Back to: no changes at all"


SLIDERS = (
    SliderSpec("rotation", "Rotate", 180, "°", 1 / 360, rotation_hint(DEFAULTS.rotation_degrees)),
    SliderSpec("zoom", "Zoom", 90, "%", 0.01,
               "Move closer or further away by up to this much: near or far, still an alpaca."),
    SliderSpec("translation", "Shift", 50, "%", 0.01,
               "Slide the photo sideways and up or down: an alpaca off-centre is still an "
               "alpaca."),
    SliderSpec("contrast", "Contrast", 90, "%", 0.01,
               "Make the photo flatter or punchier: dull or vivid light, still an alpaca."),
    SliderSpec("brightness", "Brightness", 90, "%", 0.01,
               "Darken or lighten the photo: at dusk or at noon, still an alpaca."),
)
FILL_MODE_NAMES = {
    "reflect": "Mirror the photo's edge",
    "wrap": "Repeat the photo",
    "constant": "Black",
    "nearest": "Stretch the edge pixels",
}
FILL_HINT = "When a photo is turned, zoomed out or shifted, its empty corners are filled like this."
assert set(FILL_MODE_NAMES) == set(FILL_MODES)


def slider_text(spec: SliderSpec, steps: int) -> str:
    return "Off" if steps == 0 else f"up to ±{steps}{spec.unit}"


class FocusWheelSlider(QSlider):
    """A slider that ignores the wheel until it has the focus: the page scrolls instead."""

    def __init__(self, orientation: Qt.Orientation, parent: QWidget | None = None) -> None:
        super().__init__(orientation, parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # not WheelFocus

    def wheelEvent(self, event: QWheelEvent) -> None:
        if self.hasFocus():
            super().wheelEvent(event)
        else:
            event.ignore()  # goes on to the scroll area


class FocusWheelComboBox(QComboBox):
    """A list that ignores the wheel until it has the focus."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

    def wheelEvent(self, event: QWheelEvent) -> None:
        if self.hasFocus():
            super().wheelEvent(event)
        else:
            event.ignore()


class AugmentControls(QWidget):
    """Emits `changed(AugmentConfig)` when the person changes a control (not on `set_config`)."""

    changed = Signal(object)
    reset_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._config = AugmentConfig()
        self.checks: dict[str, QCheckBox] = {}
        self.sliders: dict[str, QSlider] = {}
        self._values: dict[str, QLabel] = {}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 0, 4, 0)
        layout.setSpacing(4)
        for field, (title, hint) in FLIPS.items():
            check = QCheckBox(title)
            check.setToolTip(hint)
            check.toggled.connect(lambda on, f=field: self._set(f, on))
            self.checks[field] = check
            layout.addWidget(check)
            layout.addWidget(_hint(hint))
            layout.addSpacing(6)
        for spec in SLIDERS:
            layout.addLayout(self._slider_row(spec))
            layout.addWidget(_hint(spec.hint))
            layout.addSpacing(6)
        self.fill_mode = FocusWheelComboBox()
        for mode in FILL_MODES:
            self.fill_mode.addItem(FILL_MODE_NAMES[mode], mode)
        self.fill_mode.setToolTip(FILL_HINT)
        self.fill_mode.setAccessibleName("Fill the corners")
        self.fill_mode.currentIndexChanged.connect(
            lambda i: self._set("fill_mode", self.fill_mode.itemData(i)))
        self._fill_title = QLabel("Fill the corners")
        layout.addWidget(self._fill_title)
        layout.addWidget(self.fill_mode)
        layout.addWidget(_hint(FILL_HINT))
        layout.addSpacing(10)
        self.reset_button = QPushButton("Reset to defaults")
        self.reset_button.setToolTip(defaults_text(DEFAULTS))
        self.reset_button.clicked.connect(self.reset_requested)
        layout.addWidget(self.reset_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch(1)
        self.set_config(self._config)

    def _slider_row(self, spec: SliderSpec) -> QGridLayout:
        slider = FocusWheelSlider(Qt.Orientation.Horizontal)
        slider.setRange(0, spec.maximum)
        slider.setPageStep(10 if spec.maximum > 60 else 5)
        slider.setAccessibleName(spec.title)
        slider.setToolTip(spec.hint)
        slider.valueChanged.connect(lambda steps, s=spec: self._on_slider(s, steps))
        value = QLabel()
        value.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        value.setMinimumWidth(value.fontMetrics().horizontalAdvance("up to ±180°") + 4)
        self.sliders[spec.field] = slider
        self._values[spec.field] = value
        row = QGridLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(QLabel(f"<b>{spec.title}</b>"), 0, 0)
        row.addWidget(value, 0, 1)
        row.addWidget(slider, 1, 0, 1, 2)
        return row

    @property
    def config(self) -> AugmentConfig:
        return self._config

    def set_config(self, config: AugmentConfig) -> None:
        """Show `config` without emitting `changed` (a stored value is kept exactly)."""
        self._config = config
        for field, check in self.checks.items():
            check.blockSignals(True)
            check.setChecked(getattr(config, field))
            check.blockSignals(False)
        for spec in SLIDERS:
            slider = self.sliders[spec.field]
            slider.blockSignals(True)
            slider.setValue(round(getattr(config, spec.field) / spec.per_step))
            slider.blockSignals(False)
            self._values[spec.field].setText(slider_text(spec, slider.value()))
        self.fill_mode.blockSignals(True)
        self.fill_mode.setCurrentIndex(FILL_MODES.index(config.fill_mode))
        self.fill_mode.blockSignals(False)
        self._update_fill_enabled()

    def _on_slider(self, spec: SliderSpec, steps: int) -> None:
        self._values[spec.field].setText(slider_text(spec, steps))
        # Round away the float noise of steps × factor: 72 steps of 1/360 store 0.2.
        self._set(spec.field, round(steps * spec.per_step, 6))

    def _set(self, field: str, value) -> None:
        config = replace(self._config, **{field: value})
        if config == self._config:
            return
        self._config = config
        self._update_fill_enabled()
        self.changed.emit(config)

    def _update_fill_enabled(self) -> None:
        config = self._config
        moves = bool(config.rotation or config.zoom or config.translation)
        self.fill_mode.setEnabled(moves)
        self._fill_title.setEnabled(moves)


def _hint(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setEnabled(False)  # greyed, like the Sort page's hint
    return label
