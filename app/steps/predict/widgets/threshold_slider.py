"""The decision threshold of a two-class model, as a slider a person can reason about.

It is phrased around the first class ("Say “alpaca” only when at least 89% sure"):
a card that says “alpaca” is then always at least that sure, and the other
class is the answer otherwise. The model itself stores the threshold of the
second class (it wins when its probability is at least the threshold, see
`core.evaluation.decide`); the slider shows the first class's side of it.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSlider, QWidget

STEPS = 100  # the slider moves in whole percent


class ThresholdSlider(QWidget):
    """`threshold_changed(t)`: the second class wins when its probability is at least `t`."""

    threshold_changed = Signal(float)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._names: tuple[str, str] = ("", "")
        self._default = 0.5
        self._threshold = 0.5
        self.slider = QSlider(Qt.Orientation.Horizontal)
        self.slider.setRange(1, STEPS - 1)
        self.slider.setPageStep(5)
        self.slider.setMinimumWidth(120)
        self.slider.setAccessibleName("How sure the model must be")
        self.slider.setToolTip("The decision threshold: to the right the first class is said "
                               "less often, only when the model is surer of it")
        self.explanation = QLabel()
        self.reset_button = QPushButton("Reset")
        self.reset_button.setToolTip("Go back to the threshold the model was saved with")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.explanation)
        layout.addWidget(self.slider, 1)
        layout.addWidget(self.reset_button)
        self.slider.valueChanged.connect(self._on_moved)
        self.reset_button.clicked.connect(lambda: self.set_threshold(self._default))

    @property
    def threshold(self) -> float:
        """The model's kind of threshold: the second class wins at or above it."""
        return self._threshold

    @property
    def first_class_percent(self) -> int:
        """How sure, in whole percent, the model must be before the first class is said."""
        return round((1 - self._threshold) * STEPS)

    def set_model(self, class_names: tuple[str, str], threshold: float) -> None:
        self._names = class_names
        self._default = threshold
        # Room for the widest number, so the slider never moves while it is dragged.
        widest = self._sentence(STEPS - 1)
        self.explanation.setMinimumWidth(self.explanation.fontMetrics().horizontalAdvance(widest)
                                         + 8)
        self.set_threshold(threshold)

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

    def _on_moved(self, value: int) -> None:
        # Whole percent of the first class; the model's threshold is the other side of it.
        self.set_threshold(round(1 - value / STEPS, 6))

    def _explain(self) -> None:
        first, second = self._names
        self.explanation.setText(self._sentence(self.first_class_percent))
        self.explanation.setToolTip(f"Otherwise the answer is “{second}”. Move the slider to "
                                    f"the right to say “{first}” only when the model is surer.")
        self.reset_button.setEnabled(self._threshold != self._default)

    def _sentence(self, percent: int) -> str:
        return f"Say “{self._names[0]}” only when at least {percent}% sure"
