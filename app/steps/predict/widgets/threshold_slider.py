"""The decision threshold of a two-class model, as a slider a person can reason about."""

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
        self.slider.setAccessibleName("Decision threshold")
        self._explanation = QLabel()
        self._explanation.setMinimumWidth(360)
        self.reset_button = QPushButton("Reset")
        self.reset_button.setToolTip("Go back to the threshold the model was saved with")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(QLabel("Decision threshold:"))
        layout.addWidget(self.slider, 1)
        layout.addWidget(self._explanation)
        layout.addWidget(self.reset_button)
        self.slider.valueChanged.connect(self._on_moved)
        self.reset_button.clicked.connect(lambda: self.set_threshold(self._default))

    @property
    def threshold(self) -> float:
        return self._threshold

    def set_model(self, class_names: tuple[str, str], threshold: float) -> None:
        self._names = class_names
        self._default = threshold
        self.set_threshold(threshold)

    def set_threshold(self, threshold: float) -> None:
        """Show `threshold` exactly (the model's own may fall between two slider steps)."""
        changed = threshold != self._threshold
        self._threshold = threshold
        self.slider.blockSignals(True)
        self.slider.setValue(round(threshold * STEPS))
        self.slider.blockSignals(False)
        self._explain()
        if changed:
            self.threshold_changed.emit(threshold)

    def _on_moved(self, value: int) -> None:
        self.set_threshold(value / STEPS)

    def _explain(self) -> None:
        first, second = self._names
        self._explanation.setText(f"“{second}” when the model is at least "
                                  f"{self._threshold:.0%} sure of it, else “{first}”")
        self.reset_button.setEnabled(self._threshold != self._default)
