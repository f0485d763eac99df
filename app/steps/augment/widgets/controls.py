"""A control for every augmentation `core` offers, each with a hint in plain words.

The controls sit in a scroll area: a slider or list takes the mouse wheel only once
it has the focus (clicked or tabbed to), so scrolling past it never changes it.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
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
    title_text: str  # in English, marked for the catalogue: `title` is the one shown
    maximum: int
    unit: str
    per_step: float  # the Keras factor of one step of the slider
    hint_text: str  # "" for rotation, whose hint depends on the default (`rotation_hint`)

    @property
    def title(self) -> str:
        return _tr(self.title_text)

    @property
    def hint(self) -> str:
        """The hint under the slider, in the window's language (read when shown)."""
        return _tr(self.hint_text) if self.hint_text else rotation_hint(DEFAULTS.rotation_degrees)


CONTEXT = "AugmentControls"


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


# Titles and hints are marked here and translated when shown: the module is imported before
# the window's language is installed.
FLIPS = {
    "horizontal_flip": (QT_TRANSLATE_NOOP("AugmentControls", "Flip left-right"),
                        QT_TRANSLATE_NOOP("AugmentControls",
                                          "An alpaca facing left is still an alpaca.")),
    "vertical_flip": (QT_TRANSLATE_NOOP("AugmentControls", "Flip upside down"),
                      QT_TRANSLATE_NOOP("AugmentControls",
                                        "Only if your photos can be upside down, like photos "
                                        "taken from above. An alpaca standing on its head is "
                                        "rare.")),
}
DEFAULTS = AugmentConfig()


def rotation_hint(default_degrees: float) -> str:
    """The rotation slider's hint, true whatever small angle is the default."""
    if default_degrees:
        return QCoreApplication.translate(
            "AugmentControls", "Turn the photo up to this angle either way. Photos that are "
            "always upright do best with a small angle (the default, ±{degrees}°, is one); "
            "photos taken at any angle can take more.").format(degrees=f"{default_degrees:.0f}")
    return QCoreApplication.translate(
        "AugmentControls", "Turn the photo up to this angle either way. Photos that are always "
        "upright do best with a small angle (by default it is off); photos taken at any angle "
        "can take more.")


def defaults_text(config: AugmentConfig) -> str:
    """What "Reset to defaults" sets, from the defaults themselves."""
    parts = [_tr(title) for field, (title, _hint) in FLIPS.items() if getattr(config, field)]
    for spec in SLIDERS:
        steps = round(getattr(config, spec.field) / spec.per_step)
        if steps:
            parts.append(f"{spec.title} {slider_text(spec, steps)}")
    if not parts:
        return QCoreApplication.translate("AugmentControls", "Back to: no changes at all")
    #: {settings}: the default settings, joined by ", " ("Flip left-right, Rotate up to ±72°")
    return QCoreApplication.translate(
        "AugmentControls", "Back to: {settings}, nothing else").format(settings=", ".join(parts))


SLIDERS = (
    SliderSpec("rotation", QT_TRANSLATE_NOOP("AugmentControls", "Rotate"), 180, "°", 1 / 360,
               ""),
    SliderSpec("zoom", QT_TRANSLATE_NOOP("AugmentControls", "Zoom"), 90, "%", 0.01,
               QT_TRANSLATE_NOOP("AugmentControls",
                                 "Move closer or further away by up to this much: near or far, "
                                 "still an alpaca.")),
    SliderSpec("translation", QT_TRANSLATE_NOOP("AugmentControls", "Shift"), 50, "%", 0.01,
               QT_TRANSLATE_NOOP("AugmentControls",
                                 "Slide the photo sideways and up or down: an alpaca off-centre "
                                 "is still an alpaca.")),
    SliderSpec("contrast", QT_TRANSLATE_NOOP("AugmentControls", "Contrast"), 90, "%", 0.01,
               QT_TRANSLATE_NOOP("AugmentControls",
                                 "Make the photo flatter or punchier: dull or vivid light, still "
                                 "an alpaca.")),
    SliderSpec("brightness", QT_TRANSLATE_NOOP("AugmentControls", "Brightness"), 90, "%", 0.01,
               QT_TRANSLATE_NOOP("AugmentControls",
                                 "Darken or lighten the photo: at dusk or at noon, still an "
                                 "alpaca.")),
)
FILL_MODE_NAMES = {
    "reflect": QT_TRANSLATE_NOOP("AugmentControls", "Mirror the photo's edge"),
    "wrap": QT_TRANSLATE_NOOP("AugmentControls", "Repeat the photo"),
    "constant": QT_TRANSLATE_NOOP("AugmentControls", "Black"),
    "nearest": QT_TRANSLATE_NOOP("AugmentControls", "Stretch the edge pixels"),
}
FILL_HINT = QT_TRANSLATE_NOOP("AugmentControls", "When a photo is turned, zoomed out or "
                              "shifted, its empty corners are filled like this.")
assert set(FILL_MODE_NAMES) == set(FILL_MODES)


def slider_text(spec: SliderSpec, steps: int) -> str:
    """A slider's value as read beside it: "Off", "up to ±72°"."""
    if steps == 0:
        #: a slider at zero: this change does not happen
        return QCoreApplication.translate("AugmentControls", "Off")
    return QCoreApplication.translate("AugmentControls", "up to ±{amount}").format(
        amount=f"{steps}{spec.unit}")


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
            title, hint = _tr(title), _tr(hint)
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
            self.fill_mode.addItem(_tr(FILL_MODE_NAMES[mode]), mode)
        self.fill_mode.setToolTip(_tr(FILL_HINT))
        self.fill_mode.setAccessibleName(self.tr("Fill the corners"))
        self.fill_mode.currentIndexChanged.connect(
            lambda i: self._set("fill_mode", self.fill_mode.itemData(i)))
        self._fill_title = QLabel(self.tr("Fill the corners"))
        layout.addWidget(self._fill_title)
        layout.addWidget(self.fill_mode)
        layout.addWidget(_hint(_tr(FILL_HINT)))
        layout.addSpacing(10)
        self.reset_button = QPushButton(self.tr("Reset to defaults"))
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
        value.setMinimumWidth(
            value.fontMetrics().horizontalAdvance(slider_text(spec, 180)) + 4)
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
