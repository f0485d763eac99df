"""When the model answers, and when it says "not sure", in words a person can reason about.

Two classes: the threshold is phrased around the first class ("Say “alpaca”
only when at least 89% sure"): a card that says “alpaca” is then always at
least that sure, and the other class is the answer otherwise. The model itself
stores the threshold of the second class (it wins when its probability is at
least the threshold, see `core.evaluation.decide`); the slider shows the first
class's side of it. Below it, "Say “not sure” between 40% and 60% sure it is
“alpaca”" turns on an unsure band, which then decides instead of the slider.

More classes: only the second row, "Say “not sure” when less than 60% sure":
an answer whose class is less probable than that reads "not sure". The first
row keeps its place (hidden), so nothing below moves when a model changes.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSlider,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

STEPS = 100  # the slider moves in whole percent
DEFAULT_BAND = (40, 60)  # how sure of the first class, in percent, "not sure" lies between
DEFAULT_FLOOR = 60  # more classes: "not sure" under this many percent


class ThresholdSlider(QWidget):
    """`threshold_changed(t)`: the second class wins when its probability is at least `t`.

    `unsure_changed(band, below)`: the "not sure" setting, as `core.evaluation.decide`
    takes it: `band` (two classes) the second class's probabilities ``(low, high)``
    between which the answer is "not sure", `below` (more classes) the top
    probability under which it is; None when off.
    """

    threshold_changed = Signal(float)
    unsure_changed = Signal(object, object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._names: tuple[str, ...] = ("", "")
        self._default = 0.5
        self._threshold = 0.5
        self.slider = QSlider(Qt.Orientation.Horizontal)
        self.slider.setRange(1, STEPS - 1)
        self.slider.setPageStep(5)
        self.slider.setMinimumWidth(120)
        self.slider.setAccessibleName(self.tr("How sure the model must be"))
        self.slider.setToolTip(self.tr("The decision threshold: to the right the first class is "
                                       "said less often, only when the model is surer of it"))
        self.explanation = QLabel()
        self.reset_button = QPushButton(self.tr("Reset"))
        self.reset_button.setToolTip(self.tr("Go back to the threshold the model was saved with"))
        self.unsure_box = QCheckBox()
        #: glossary: 확실하지 않음 = not sure; 확률 = probability
        self.unsure_box.setToolTip(self.tr("Rather than always naming a class, say “not sure” "
                                           "when the model hesitates (technically: an unsure "
                                           "band, or a minimum probability)"))
        self.low = _percent_box(self.tr("“Not sure” from this sureness up"))
        self.high = _percent_box(self.tr("“Not sure” up to this sureness"))
        #: Between the two percentages: "Say “not sure” between [40%] and [60%] sure it is …"
        self.and_label = QLabel(self.tr("and"))
        self.unsure_tail = QLabel()
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.explanation)
        row.addWidget(self.slider, 1)
        row.addWidget(self.reset_button)
        unsure = QHBoxLayout()
        unsure.setContentsMargins(0, 0, 0, 0)
        for widget in (self.unsure_box, self.low, self.and_label, self.high, self.unsure_tail):
            unsure.addWidget(widget)
        unsure.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(row)
        layout.addLayout(unsure)
        # A model of more classes hides the slider row; it keeps its room (nothing moves).
        for widget in (self.explanation, self.slider, self.reset_button):
            policy = widget.sizePolicy()
            policy.setRetainSizeWhenHidden(True)
            widget.setSizePolicy(policy)
        self.low.setValue(DEFAULT_BAND[0])
        self.high.setValue(DEFAULT_BAND[1])
        self.slider.valueChanged.connect(self._on_moved)
        self.reset_button.clicked.connect(lambda: self.set_threshold(self._default))
        self.unsure_box.toggled.connect(self._on_unsure_changed)
        self.low.valueChanged.connect(self._on_unsure_changed)
        self.high.valueChanged.connect(self._on_unsure_changed)
        self._explain()

    @property
    def threshold(self) -> float:
        """The model's kind of threshold: the second class wins at or above it."""
        return self._threshold

    @property
    def first_class_percent(self) -> int:
        """How sure, in whole percent, the model must be before the first class is said."""
        return round((1 - self._threshold) * STEPS)

    @property
    def two_classes(self) -> bool:
        return len(self._names) == 2

    @property
    def unsure_band(self) -> tuple[float, float] | None:
        """Two classes, "not sure" on: the second class's probabilities it lies between."""
        if not (self.two_classes and self.unsure_box.isChecked()):
            return None
        # "between 40% and 60% sure it is <first>" = the second class from 40% up to 60%.
        return (round(1 - self.high.value() / STEPS, 6), round(1 - self.low.value() / STEPS, 6))

    @property
    def unsure_below(self) -> float | None:
        """More classes, "not sure" on: the top probability under which it is said."""
        if self.two_classes or not self.unsure_box.isChecked():
            return None
        return self.high.value() / STEPS

    def set_model(self, class_names: tuple[str, ...], threshold: float) -> None:
        """A model of two classes (the slider and the band) or more (the "not sure" floor)."""
        self._names = tuple(class_names)
        self._default = threshold
        two = self.two_classes
        for widget in (self.explanation, self.slider, self.reset_button, self.low,
                       self.and_label):
            widget.setVisible(two)
        if not two and self.high.value() == DEFAULT_BAND[1] and not self.unsure_box.isChecked():
            self.high.setValue(DEFAULT_FLOOR)
        # Room for the widest sentence, so the slider never moves while it is dragged.
        metrics = self.explanation.fontMetrics()
        widest = max(metrics.horizontalAdvance(self._sentence(STEPS - 1)),
                     metrics.horizontalAdvance(self._band_sentence(99, 98)))
        self.explanation.setMinimumWidth(widest + 8)
        self.set_threshold(threshold)
        self._explain()
        # The answers were just reset for this model: they get the setting shown here.
        self.unsure_changed.emit(self.unsure_band, self.unsure_below)

    def set_threshold(self, threshold: float) -> None:
        """Show `threshold` exactly (the model's own may fall between two slider steps)."""
        changed = threshold != self._threshold
        self._threshold = threshold
        self.slider.blockSignals(True)
        self.slider.setValue(self.first_class_percent)
        self.slider.blockSignals(False)
        self._explain()
        if changed:
            self.threshold_changed.emit(threshold)

    def set_unsure(self, on: bool, low: int | None = None, high: int | None = None) -> None:
        """Turn "not sure" on or off; `low`/`high` in whole percent (more classes: `high`)."""
        for box, value in ((self.low, low), (self.high, high)):
            if value is not None:
                box.setValue(value)
        self.unsure_box.setChecked(on)

    def _on_moved(self, value: int) -> None:
        # Whole percent of the first class; the model's threshold is the other side of it.
        self.set_threshold(round(1 - value / STEPS, 6))

    def _on_unsure_changed(self, *_args) -> None:
        if self.two_classes and self.low.value() >= self.high.value():
            # The two ends never cross: the one not being changed gives way.
            moved_low = self.sender() is self.low
            other = self.high if moved_low else self.low
            other.blockSignals(True)
            if moved_low:
                other.setValue(min(99, self.low.value() + 1))
                self.low.setValue(min(self.low.value(), other.value() - 1))
            else:
                other.setValue(max(1, self.high.value() - 1))
                self.high.setValue(max(self.high.value(), other.value() + 1))
            other.blockSignals(False)
        self._explain()
        self.unsure_changed.emit(self.unsure_band, self.unsure_below)

    def _explain(self) -> None:
        names = self._names
        first = names[0] if names else ""
        second = names[1] if len(names) > 1 else ""
        band = self.unsure_box.isChecked() and self.two_classes
        if band:
            self.explanation.setText(self._band_sentence(self.high.value(), self.low.value()))
            self.explanation.setToolTip(self.tr("Between the two, the answer is “not sure”. "
                                                "Turn off “not sure” below to choose with the "
                                                "slider again."))
        else:
            self.explanation.setText(self._sentence(self.first_class_percent))
            self.explanation.setToolTip(self.tr("Otherwise the answer is “{second}”. Move the "
                                                "slider to the right to say “{first}” only when "
                                                "the model is surer.").format(first=first,
                                                                              second=second))
        # While the band decides, the slider does not: it says so by being off.
        self.slider.setEnabled(not band)
        self.reset_button.setEnabled(not band and self._threshold != self._default)
        # One sentence in pieces around the two percent boxes: "Say “not sure” between
        # [40%] and [60%] sure it is “alpaca”" (more classes: "… when less than [60%] sure
        # of any class"). Korean may leave a piece empty or move words between them.
        if self.two_classes:
            #: The start of: Say “not sure” between [40%] and [60%] sure it is “alpaca”
            #: ({first}, the first class, may be used here too)
            self.unsure_box.setText(self.tr("Say “not sure” between").format(first=first))
            #: The end of: Say “not sure” between [40%] and [60%] sure it is “{first}”
            self.unsure_tail.setText(self.tr("sure it is “{first}”").format(first=first))
        else:
            #: The start of: Say “not sure” when less than [60%] sure of any class
            self.unsure_box.setText(self.tr("Say “not sure” when less than"))
            #: The end of: Say “not sure” when less than [60%] sure of any class
            self.unsure_tail.setText(self.tr("sure of any class"))
        on = self.unsure_box.isChecked()
        for widget in (self.low, self.high, self.and_label, self.unsure_tail):
            widget.setEnabled(on)

    def _sentence(self, percent: int) -> str:
        return self.tr("Say “{first}” only when at least {percent}% sure").format(
            first=self._names[0], percent=QLocale().toString(percent))

    def _band_sentence(self, high: int, low: int) -> str:
        first = self._names[0] if self._names else ""
        second = self._names[1] if len(self._names) > 1 else ""
        return self.tr("Say “{first}” above {high}% sure, “{second}” under {low}%").format(
            first=first, second=second, high=QLocale().toString(high),
            low=QLocale().toString(low))


def _percent_box(tip: str) -> QSpinBox:
    box = QSpinBox()
    box.setRange(1, 99)
    box.setSuffix("%")
    box.setToolTip(tip)
    box.setAccessibleName(tip)
    return box
