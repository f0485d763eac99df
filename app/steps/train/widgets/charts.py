"""The two live training charts (accuracy, loss) and one line saying what they show."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from app.steps.train.widgets.line_chart import LineChart, Series
from app.steps.train.words import REFINING_STARTS, ROUND_TIP, percent, say

TRAIN_COLOUR = QColor(31, 119, 180)
VALIDATION_COLOUR = QColor(230, 115, 0)
BATCH_COLOUR = QColor(120, 170, 215)
# Weight of the newest batch in the smoothed loss (TensorBoard-style, with bias correction).
SMOOTHING = 0.25
FINE_TUNE_LABEL = REFINING_STARTS


def explain_curves(train_accuracy: float | None, val_accuracy: float | None) -> str:
    """One plain sentence about the latest round."""
    if train_accuracy is None or val_accuracy is None:
        return QCoreApplication.translate(
            "TrainCharts", "Each dot is one round over your training photos. Solid lines: the "
            "photos the model learns from; dashed: the photos kept aside, which it never "
            "learns from.")
    if val_accuracy > train_accuracy + 0.01:
        return QCoreApplication.translate(
            "TrainCharts", "The photos kept aside score above the training photos: while it "
            "learns, the model sees randomly flipped and turned photos with part of it "
            "switched off at random, a harder test than the plain photos kept aside.")
    if train_accuracy - val_accuracy > 0.1:
        return QCoreApplication.translate(
            "TrainCharts", "The training photos score well above the photos kept aside: the "
            "model starts to memorise its training photos. More photos or stronger changes "
            "on the Augment step help.")
    return QCoreApplication.translate(
        "TrainCharts", "Training photos and photos kept aside move together: what the model "
        "learns also holds for photos it has never seen.")


# The technical words for those who know them: the charts' and the sentence's tooltips.
CURVES_TIP = QT_TRANSLATE_NOOP(
    "TrainCharts", "Validation photos are the ones kept aside. Switching part of the model off "
    "at random while it learns is called dropout.")


class TrainCharts(QWidget):
    """Feed it `start`, then progress events (`add_batch`, `add_epoch`), or a whole history."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        #: glossary: accuracy = 정확도 (the chart's title is plain: the share of photos right)
        self.accuracy = LineChart(self.tr("Photos right"), y_range=(0.0, 1.0),
                                  y_format=percent)
        self.accuracy.setToolTip(self.tr("The share of photos the model answers right "
                                         "(accuracy), after each round."))
        #: glossary: loss = 손실
        self.loss = LineChart(self.tr("Mistakes (lower is better)"),
                              y_format=lambda value: QLocale().toString(value, "f", 2))
        self.loss.setToolTip(self.tr("How far the answers are from right, confident mistakes "
                                     "counting most (the loss), after each round and step by "
                                     "step."))
        training, kept_aside = self.tr("training"), self.tr("kept aside")
        self.train_accuracy = self.accuracy.add_series(Series(training, TRAIN_COLOUR))
        self.val_accuracy = self.accuracy.add_series(
            Series(kept_aside, VALIDATION_COLOUR, dashed=True))
        self.batch_loss = self.loss.add_series(
            Series(self.tr("training, step by step"), BATCH_COLOUR, dots=False, width=1.2))
        self.train_loss = self.loss.add_series(Series(training, TRAIN_COLOUR))
        self.val_loss = self.loss.add_series(Series(kept_aside, VALIDATION_COLOUR, dashed=True))
        self.explanation = QLabel(explain_curves(None, None))
        self.explanation.setWordWrap(True)
        self.explanation.setToolTip(f"{say(ROUND_TIP)} "
                                    f"{QCoreApplication.translate('TrainCharts', CURVES_TIP)}")
        # Room for its longest sentence at a small window: the charts keep still when it changes.
        self.explanation.setMinimumHeight(3 * self.explanation.fontMetrics().lineSpacing())
        self.explanation.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        charts = QHBoxLayout()
        charts.setContentsMargins(0, 0, 0, 0)
        charts.addWidget(self.accuracy)
        charts.addWidget(self.loss)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(charts, 1)
        layout.addWidget(self.explanation)
        self._average = 0.0
        self._steps = 0

    @property
    def epoch_points(self) -> int:
        return len(self.val_accuracy.points)

    @property
    def batch_points(self) -> int:
        return len(self.batch_loss.points)

    def start(self, frozen_epochs: int, fine_tune_epochs: int) -> None:
        total = frozen_epochs + fine_tune_epochs
        for chart in (self.accuracy, self.loss):
            chart.clear(total)
            if frozen_epochs and fine_tune_epochs:
                chart.set_marker(frozen_epochs, say(FINE_TUNE_LABEL))
        self._average, self._steps = 0.0, 0
        self.batch_loss.in_legend = True
        self.explanation.setText(explain_curves(None, None))

    def clear(self) -> None:
        """Empty charts ("No points yet"), as before the first run."""
        self.start(0, 0)

    def add_batch(self, event) -> None:
        if event.batch_loss is None or not event.batches or not event.epoch:
            return
        self._steps += 1
        self._average = (1 - SMOOTHING) * self._average + SMOOTHING * float(event.batch_loss)
        smoothed = self._average / (1 - (1 - SMOOTHING) ** self._steps)
        self.loss.add_point(self.batch_loss, event.epoch - 1 + event.batch / event.batches,
                            smoothed)

    def add_epoch(self, event) -> None:
        self._add_epoch(event.epoch, event.accuracy, event.val_accuracy, event.loss,
                        event.val_loss)

    def show_history(self, history: Sequence[dict], frozen_epochs: int,
                     fine_tune_epochs: int) -> None:
        """An earlier run's epochs (no per-batch loss is kept for those, so the legend does
        not name that line)."""
        self.start(frozen_epochs, fine_tune_epochs)
        self.batch_loss.in_legend = False
        for record in history:
            self._add_epoch(record.get("epoch", 0), record.get("accuracy"),
                            record.get("val_accuracy"), record.get("loss"),
                            record.get("val_loss"))

    def _add_epoch(self, epoch: int, accuracy, val_accuracy, loss, val_loss) -> None:
        for chart, series, value in ((self.accuracy, self.train_accuracy, accuracy),
                                     (self.accuracy, self.val_accuracy, val_accuracy),
                                     (self.loss, self.train_loss, loss),
                                     (self.loss, self.val_loss, val_loss)):
            if value is not None:
                chart.add_point(series, float(epoch), float(value))
        self.explanation.setText(explain_curves(accuracy, val_accuracy))
