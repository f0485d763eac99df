"""The training settings: a preset, and an Advanced section with a one-line hint per value.

`FittedScrollArea` shows them (and the photo summary above them) at their full height
whenever the column has room, and scrolls only when it has not.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QEvent,
    QObject,
    QSettings,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.i18n import engine_text
from app.steps.train.words import photo_size, rounds_text
from core.augment_config import AugmentConfig
from core.train_config import COURSE_RECIPE, IMAGE_SIZES, LAYER_COUNT, PRESETS, TrainConfig

DEFAULT_PRESET = "Balanced"
COURSE = "Course recipe"
CUSTOM = "Custom"
# The presets by their keys (settings, `core.train_config.PRESETS`); the list shows their names.
#: glossary: preset = 프리셋; "Course recipe" = 강의 레시피 그대로
PRESET_NAMES = {
    "Quick": QT_TRANSLATE_NOOP("TrainSettings", "Quick"),
    "Balanced": QT_TRANSLATE_NOOP("TrainSettings", "Balanced"),
    "Thorough": QT_TRANSLATE_NOOP("TrainSettings", "Thorough"),
    COURSE: QT_TRANSLATE_NOOP("TrainSettings", "Course recipe"),
    CUSTOM: QT_TRANSLATE_NOOP("TrainSettings", "Custom"),
}
BLURBS = {
    "Quick": QT_TRANSLATE_NOOP("TrainSettings", "a first look, fastest"),
    "Balanced": QT_TRANSLATE_NOOP("TrainSettings", "the recommended start"),
    "Thorough": QT_TRANSLATE_NOOP("TrainSettings",
                                  "more detail and more rounds, about three times as long"),
    COURSE: QT_TRANSLATE_NOOP("TrainSettings", "the course's exact recipe, to compare with it "
                              "(it turns photos up to ±72° and flips them, whatever the "
                              "Augment step says)"),
}
# The values a preset decides (the rest stays as the person set it).
PRESET_FIELDS = ("frozen_epochs", "fine_tune_epochs", "image_size")
# The course's recipe decides every value, its augmentation included.
COURSE_FIELDS = ("frozen_epochs", "fine_tune_epochs", "image_size", "learning_rate",
                 "fine_tune_at", "batch_size", "fine_tune_factor", "dropout",
                 "augmented_versions")
# Each value: its label, a one-line hint in plain words, and the technical name people
# who know machine learning look for (in the tooltip). Said through `_say`.
FIELDS = {
    #: glossary: learning rounds = frozen epochs (고정 단계 에포크)
    "frozen_epochs": (QT_TRANSLATE_NOOP("TrainSettings", "Learning rounds"),
                      QT_TRANSLATE_NOOP("TrainSettings", "Rounds over your photos that teach "
                                        "only the new last layer, on top of the starting "
                                        "model."),
                      QT_TRANSLATE_NOOP("TrainSettings", "frozen epochs")),
    #: glossary: refining = 미세 조정 (fine-tuning)
    "fine_tune_epochs": (QT_TRANSLATE_NOOP("TrainSettings", "Refining rounds"),
                         QT_TRANSLATE_NOOP("TrainSettings", "Further rounds that also adjust "
                                           "the starting model's last layers (0: skip)."),
                         QT_TRANSLATE_NOOP("TrainSettings", "fine-tune epochs")),
    "learning_rate": (QT_TRANSLATE_NOOP("TrainSettings", "Learning speed"),
                      QT_TRANSLATE_NOOP("TrainSettings", "How big each learning step is in "
                                        "the learning rounds."),
                      QT_TRANSLATE_NOOP("TrainSettings", "learning rate")),
    "fine_tune_factor": (QT_TRANSLATE_NOOP("TrainSettings", "Refining speed"),
                         QT_TRANSLATE_NOOP("TrainSettings", "Refining steps are this share of "
                                           "the learning speed: small, so the starting model "
                                           "changes only a little."),
                         QT_TRANSLATE_NOOP("TrainSettings", "fine-tune learning-rate factor")),
    "fine_tune_at": (QT_TRANSLATE_NOOP("TrainSettings", "Refine layers from"),
                     QT_TRANSLATE_NOOP("TrainSettings", "The starting model's layers from "
                                       "this one up are refined (it has {layers}); lower "
                                       "means more layers, slower."),
                     QT_TRANSLATE_NOOP("TrainSettings", "fine-tune from layer")),
    "image_size": (QT_TRANSLATE_NOOP("TrainSettings", "Photo size"),
                   QT_TRANSLATE_NOOP("TrainSettings", "Photos are shrunk to this size; larger "
                                     "sees more detail but is slower."),
                   QT_TRANSLATE_NOOP("TrainSettings", "image size")),
    "validation_split": (QT_TRANSLATE_NOOP("TrainSettings", "Kept aside"),
                         QT_TRANSLATE_NOOP("TrainSettings", "Share of photos kept aside to "
                                           "score the model, never learned from."),
                         QT_TRANSLATE_NOOP("TrainSettings", "validation split")),
    "seed": (QT_TRANSLATE_NOOP("TrainSettings", "Shuffle number"),
             QT_TRANSLATE_NOOP("TrainSettings", "Decides which photos are kept aside and the "
                               "random order: the same number and settings give the same "
                               "result."),
             QT_TRANSLATE_NOOP("TrainSettings", "random seed")),
    "batch_size": (QT_TRANSLATE_NOOP("TrainSettings", "Photos per step"),
                   QT_TRANSLATE_NOOP("TrainSettings", "Photos the model learns from at once; "
                                     "fewer needs less memory."),
                   QT_TRANSLATE_NOOP("TrainSettings", "batch size")),
    "dropout": (QT_TRANSLATE_NOOP("TrainSettings", "Random switch-off"),
                QT_TRANSLATE_NOOP("TrainSettings", "Share of the new layer's inputs switched "
                                  "off at random while it learns; more guards against "
                                  "memorising a few photos."),
                QT_TRANSLATE_NOOP("TrainSettings", "dropout")),
    "augmented_versions": (QT_TRANSLATE_NOOP("TrainSettings", "Changed copies"),
                           QT_TRANSLATE_NOOP("TrainSettings", "Randomly changed copies of each "
                                             "photo training works through (see Augment); "
                                             "more gives variety, each costs time."),
                           QT_TRANSLATE_NOOP("TrainSettings", "augmented versions per photo")),
    "weights": (QT_TRANSLATE_NOOP("TrainSettings", "Starting model file"),
                QT_TRANSLATE_NOOP("TrainSettings", "Offline? Choose the MobileNetV2 ImageNet "
                                  "weights file (.h5) here."),
                QT_TRANSLATE_NOOP("TrainSettings", "MobileNetV2 ImageNet weights")),
}


def _say(text: str) -> str:
    """A text of this module's tables in the window's language."""
    return QCoreApplication.translate("TrainSettings", text).format(layers=LAYER_COUNT)


def field_label(name: str) -> str:
    """A setting's label on the page ("Learning rounds")."""
    return _say(FIELDS[name][0])


def field_hint(name: str) -> str:
    """A setting's one-line hint."""
    return _say(FIELDS[name][1])


def preset_name(key: str) -> str:
    """A preset's name as the list shows it."""
    return _say(PRESET_NAMES.get(key, key))




def explain_setting(error: ValueError) -> str:
    """A refused setting (`TrainConfig`'s developer message) in the page's words."""
    text = str(error)
    if "At least one epoch" in text:
        return QCoreApplication.translate(
            "TrainSettings", "“{learning}” and “{refining}” are both 0: at least one round is "
            "needed. Change them under Advanced.").format(
                learning=field_label("frozen_epochs"), refining=field_label("fine_tune_epochs"))
    match = re.search(r"Received: (\w+)=([^,\s]+)", text)
    if match and match.group(1) in FIELDS:
        return QCoreApplication.translate(
            "TrainSettings", "The setting “{setting}” cannot be {value}. Change it under "
            "Advanced.").format(setting=field_label(match.group(1)), value=match.group(2))
    return QCoreApplication.translate("TrainSettings", "A setting is not valid: {problem}").format(
        problem=engine_text(text))


def field_tip(name: str) -> str:
    """The hint of a setting, with its technical name."""
    return QCoreApplication.translate("TrainSettings", "{hint}\nTechnical name: {term}.").format(
        hint=field_hint(name), term=_say(FIELDS[name][2]))


class WheelOnlyWhenFocused(QObject):
    """An event filter: a spin box or list under the pointer lets the wheel scroll the
    settings past it, and takes the wheel only once clicked or tabbed to."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Wheel and isinstance(watched, QWidget) \
                and not watched.hasFocus():
            event.ignore()  # goes on to the scroll area
            return True
        return super().eventFilter(watched, event)


class FittedScrollArea(QScrollArea):
    """A vertical scroll area that asks its layout for its content's whole height.

    By default it keeps that height and gives way (down to `at_least` px) only when
    nothing else can. With `yields`, it asks for `at_least` px only and grows up to its
    content's height when given a stretch factor: it is what gives way first.
    """

    def __init__(self, content: QWidget, at_least: int, *, yields: bool = False,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._at_least = at_least
        self._yields = yields
        # While held, new content does not change the height: it scrolls instead, so that
        # nothing below moves under the pointer (the page holds it while it is seen).
        self.held = False
        self._fitted_width = -1
        self.setFrameShape(QScrollArea.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        self.setWidgetResizable(True)
        self.setWidget(content)  # which also makes this area filter the content's events

    def content_height(self) -> int:
        """The content's height at this width when nothing is scrolled away."""
        content = self.widget()
        width = max(self.width() - 2 * self.frameWidth(), 1)
        if content.hasHeightForWidth():  # wrapped text is taller when narrow
            return content.heightForWidth(width)
        return content.sizeHint().height()

    def sizeHint(self) -> QSize:
        height = self.minimumSizeHint().height() if self._yields else self.content_height()
        return QSize(super().sizeHint().width(), height)

    def minimumSizeHint(self) -> QSize:
        return QSize(super().minimumSizeHint().width(),
                     min(self.content_height(), self._at_least))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.widget() and event.type() == QEvent.Type.LayoutRequest:
            if self.held:  # the content changed; the height stays
                self._show_scroll_bar_if_needed()
            else:
                self.refit()  # the content changed: more text, Advanced opened or closed
        return super().eventFilter(watched, event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        # Only a new width changes the wrapped content's height (a scroll bar shown or
        # hidden resizes the area too, at the same width).
        if self.width() != self._fitted_width:
            self.refit()
        self._show_scroll_bar_if_needed()

    def refit(self) -> None:
        """Take the content's height again (within what the column gives)."""
        self._fitted_width = self.width()
        if self._yields:
            self.setMaximumHeight(max(self.content_height(), 1))
        self.updateGeometry()
        self._show_scroll_bar_if_needed()

    def _show_scroll_bar_if_needed(self) -> None:
        # Qt keeps a scroll bar once shown while the content, narrowed by it (wrapped
        # text is taller), would not fit without it: decided here at the full width.
        fits = self.height() >= self.content_height()
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff if fits
                                        else Qt.ScrollBarPolicy.ScrollBarAsNeeded)


def describe_preset(name: str) -> str:
    """``5 + 5 rounds, photos at 160 × 160 pixels: the recommended start.``"""
    config = PRESETS[name]
    return QCoreApplication.translate(
        "TrainSettings", "{rounds}, photos at {size}: {blurb}.").format(
            rounds=rounds_text(config.frozen_epochs, config.fine_tune_epochs),
            size=photo_size(config.image_size), blurb=_say(BLURBS.get(name, "")))


class TrainSettings(QWidget):
    """`changed` whenever a value changes; `config(augmentation)` builds the `TrainConfig`."""

    changed = Signal()

    def __init__(self, settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._settings = settings
        self.preset = QComboBox()
        # The preset's key is the item's data: the name shown is in the window's language.
        for key in (*PRESETS, CUSTOM):
            self.preset.addItem(preset_name(key), key)
        self.preset.setAccessibleName(self.tr("Preset"))
        self.preset_hint = QLabel()
        self.preset_hint.setWordWrap(True)
        self.advanced_toggle = QToolButton()
        self.advanced_toggle.setText(self.tr("Advanced"))
        self.advanced_toggle.setCheckable(True)
        self.advanced_toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.advanced_toggle.setArrowType(Qt.ArrowType.RightArrow)
        self.advanced_toggle.setAutoRaise(True)
        self.advanced = QWidget()
        self._build_fields()
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Preset:")))
        row.addWidget(self.preset, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.preset_hint)
        layout.addWidget(self.advanced_toggle)
        layout.addWidget(self.advanced)
        self.advanced.setVisible(False)
        self.advanced_toggle.toggled.connect(self._show_advanced)
        self._restore()
        self._wheel_filter = WheelOnlyWhenFocused(self)
        for field in (*self._spins.values(), self.image_size, self.preset):
            field.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            field.installEventFilter(self._wheel_filter)
        self.preset.currentIndexChanged.connect(
            lambda _index: self._apply_preset(self.preset_key))
        for spin in self._spins.values():
            spin.valueChanged.connect(self._on_value_changed)
        self.image_size.currentIndexChanged.connect(self._on_value_changed)

    def _build_fields(self) -> None:
        def spin(low: int, high: int) -> QSpinBox:
            box = QSpinBox()
            box.setRange(low, high)
            return box

        self.frozen_epochs = spin(0, 200)
        self.fine_tune_epochs = spin(0, 200)
        self.learning_rate = QDoubleSpinBox()
        self.learning_rate.setDecimals(5)
        self.learning_rate.setRange(0.00001, 1.0)
        self.learning_rate.setSingleStep(0.0005)
        self.fine_tune_at = spin(0, LAYER_COUNT - 1)
        self.fine_tune_factor = QDoubleSpinBox()
        self.fine_tune_factor.setDecimals(2)
        self.fine_tune_factor.setRange(0.01, 1.0)
        self.fine_tune_factor.setSingleStep(0.05)
        self.fine_tune_factor.setPrefix("× ")
        self.dropout = QDoubleSpinBox()
        self.dropout.setDecimals(2)
        self.dropout.setRange(0.0, 0.9)
        self.dropout.setSingleStep(0.05)
        self.augmented_versions = spin(1, 20)
        self.image_size = QComboBox()
        for size in IMAGE_SIZES:
            self.image_size.addItem(photo_size(size), size)
        self.validation_split = spin(5, 50)
        self.validation_split.setSuffix(" %")
        self.seed = spin(0, 2_147_483_647)
        self.batch_size = spin(1, 256)
        self.weights = QLineEdit()
        self.weights.setReadOnly(True)
        self.weights.setPlaceholderText(self.tr("ImageNet (downloaded once)"))
        choose = QPushButton(self.tr("Choose…"))
        choose.clicked.connect(self.choose_weights)
        reset = QPushButton(self.tr("Download"))
        reset.setToolTip(self.tr("Use the ImageNet weights Keras downloads once (needs the "
                                 "internet the first time)"))
        reset.clicked.connect(lambda: self.set_weights_file(None))
        # The file name on its own line: the column is narrow, and a path needs the room.
        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        buttons.addWidget(choose)
        buttons.addWidget(reset)
        buttons.addStretch(1)
        weights_rows = QVBoxLayout()
        weights_rows.setContentsMargins(0, 0, 0, 0)
        weights_rows.setSpacing(2)
        weights_rows.addWidget(self.weights)
        weights_rows.addLayout(buttons)
        weights = QWidget()
        weights.setLayout(weights_rows)
        self._spins = {"frozen_epochs": self.frozen_epochs,
                       "fine_tune_epochs": self.fine_tune_epochs,
                       "learning_rate": self.learning_rate, "fine_tune_at": self.fine_tune_at,
                       "validation_split": self.validation_split, "seed": self.seed,
                       "batch_size": self.batch_size,
                       "fine_tune_factor": self.fine_tune_factor, "dropout": self.dropout,
                       "augmented_versions": self.augmented_versions}
        form = QFormLayout(self.advanced)
        form.setContentsMargins(16, 0, 0, 0)
        form.setVerticalSpacing(2)
        fields = {"frozen_epochs": self.frozen_epochs, "fine_tune_epochs": self.fine_tune_epochs,
                  "learning_rate": self.learning_rate, "fine_tune_factor": self.fine_tune_factor,
                  "fine_tune_at": self.fine_tune_at, "image_size": self.image_size,
                  "validation_split": self.validation_split, "seed": self.seed,
                  "batch_size": self.batch_size, "dropout": self.dropout,
                  "augmented_versions": self.augmented_versions, "weights": weights}
        self.labels: dict[str, QLabel] = {}
        for name, field in fields.items():
            label = QLabel(field_label(name))
            label.setToolTip(field_tip(name))
            field.setToolTip(field_tip(name))
            self.labels[name] = label
            form.addRow(label, field)
            hint = QLabel(f"<small>{field_hint(name)}</small>")
            hint.setWordWrap(True)
            hint.setEnabled(False)
            form.addRow("", hint)

    # -- values ----------------------------------------------------------------------------
    def config(self, augmentation: AugmentConfig) -> TrainConfig:
        """The settings as a config; ValueError (naming the value) when one is not valid."""
        weights = self.weights.text().strip() or "imagenet"
        return TrainConfig(
            frozen_epochs=self.frozen_epochs.value(),
            fine_tune_epochs=self.fine_tune_epochs.value(),
            learning_rate=self.learning_rate.value(), fine_tune_at=self.fine_tune_at.value(),
            image_size=int(self.image_size.currentData()),
            batch_size=self.batch_size.value(),
            validation_split=self.validation_split.value() / 100, seed=self.seed.value(),
            fine_tune_factor=self.fine_tune_factor.value(), dropout=self.dropout.value(),
            augmented_versions=self.augmented_versions.value(),
            augmentation=COURSE_RECIPE.augmentation if self.is_course_recipe else augmentation,
            weights=weights)

    @property
    def is_course_recipe(self) -> bool:
        """The course's recipe is chosen: its own augmentation trains, not the Augment step's."""
        return self.preset_key == COURSE

    @property
    def preset_key(self) -> str:
        """The chosen preset's key ("Balanced", `COURSE`, `CUSTOM`), whatever the language."""
        return str(self.preset.currentData() or CUSTOM)

    def _choose_preset(self, key: str) -> None:
        self.preset.setCurrentIndex(max(0, self.preset.findData(key)))

    def set_values(self, config: TrainConfig) -> None:
        self.frozen_epochs.setValue(config.frozen_epochs)
        self.fine_tune_epochs.setValue(config.fine_tune_epochs)
        self.learning_rate.setValue(config.learning_rate)
        self.fine_tune_at.setValue(config.fine_tune_at)
        self.image_size.setCurrentIndex(max(0, self.image_size.findData(config.image_size)))
        self.validation_split.setValue(round(config.validation_split * 100))
        self.seed.setValue(config.seed)
        self.batch_size.setValue(config.batch_size)
        self.fine_tune_factor.setValue(config.fine_tune_factor)
        self.dropout.setValue(config.dropout)
        self.augmented_versions.setValue(config.augmented_versions)

    def choose_weights(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose the MobileNetV2 ImageNet weights file"), self.weights.text(),
            self.tr("Keras weights (*.h5);;All files (*)"))
        if path:
            self.set_weights_file(Path(path))

    def set_weights_file(self, path: Path | None) -> None:
        self.weights.setText("" if path is None else str(path))
        self._on_value_changed()

    def _values(self) -> dict:
        return {name: spin.value() for name, spin in self._spins.items()} | {
            "image_size": self.image_size.currentData()}

    # -- presets ---------------------------------------------------------------------------
    def _apply_preset(self, name: str) -> None:
        if name in PRESETS:
            self._setting_preset = True
            preset = PRESETS[name]
            for field in COURSE_FIELDS if name == COURSE else PRESET_FIELDS:
                if field == "image_size":
                    self.image_size.setCurrentIndex(self.image_size.findData(preset.image_size))
                else:
                    self._spins[field].setValue(getattr(preset, field))
            self._setting_preset = False
        self._on_value_changed()

    def _matching_preset(self) -> str:
        values = self._values()
        # The course's recipe only while it was chosen and every value is still its own.
        if self.preset_key == COURSE and all(
                values[field] == getattr(COURSE_RECIPE, field) for field in COURSE_FIELDS):
            return COURSE
        for name, preset in PRESETS.items():
            if name != COURSE and all(values[field] == getattr(preset, field)
                                      for field in PRESET_FIELDS):
                return name
        return CUSTOM

    def _on_value_changed(self, *_args) -> None:
        if getattr(self, "_setting_preset", False):
            return
        name = self._matching_preset()
        if self.preset_key != name:
            self.preset.blockSignals(True)
            self._choose_preset(name)
            self.preset.blockSignals(False)
        self._show_preset_hint(name)
        self._settings.setValue("train/values", json.dumps(self._values()))
        self._settings.setValue("train/weights", self.weights.text())
        self.changed.emit()

    def _show_advanced(self, shown: bool) -> None:
        self.advanced.setVisible(shown)
        self.advanced_toggle.setArrowType(Qt.ArrowType.DownArrow if shown
                                          else Qt.ArrowType.RightArrow)

    def _restore(self) -> None:
        config = PRESETS[DEFAULT_PRESET]
        try:
            saved = json.loads(self._settings.value("train/values", "", type=str) or "{}")
            saved["validation_split"] = saved.get("validation_split", 20) / 100
            config = TrainConfig.from_dict({**config.to_dict(), **saved,
                                            "augmentation": config.augmentation.to_dict()})
        except (ValueError, TypeError, AttributeError):
            pass  # unreadable or out-of-range saved values: the defaults
        self.set_values(config)
        self.weights.setText(self._settings.value("train/weights", "", type=str))
        name = self._matching_preset()
        self._choose_preset(name)
        self._show_preset_hint(name)

    def _show_preset_hint(self, name: str) -> None:
        self.preset_hint.setText(describe_preset(name) if name in PRESETS else
                                 self.tr("Your own settings (see Advanced)."))
