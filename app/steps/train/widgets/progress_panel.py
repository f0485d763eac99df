"""How far a training run is: the phase in words, a bar, round and step, time spent and left.

The time spent is the panel's own clock, started with the run: it ticks every
second even while the engine reports nothing (loading the starting model takes a
while and says nothing meanwhile).
"""

from __future__ import annotations

import time

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QLabel, QProgressBar, QVBoxLayout, QWidget

from app.steps.train.words import ROUND_TIP, number, phase_tip, phase_words, say

STEPS = 1000
TICK_MS = 1000


def duration(seconds: float | None) -> str:
    """``0:42``, ``12:05`` or ``1:02:03``."""
    if seconds is None:
        return "?"
    seconds = max(0, int(round(seconds)))
    hours, rest = divmod(seconds, 3600)
    minutes, seconds = divmod(rest, 60)
    return f"{hours}:{minutes:02}:{seconds:02}" if hours else f"{minutes}:{seconds:02}"


def spent_text(seconds: float | None) -> str:
    """``0:42 spent``."""
    return QCoreApplication.translate("ProgressPanel", "{time} spent").format(
        time=duration(seconds))


def progress_details(event, elapsed: float | None = None, left: float | None = None) -> str:
    """``Round 3 of 10 · step 4 of 9 · 0:42 spent · about 1:10 left``.

    `elapsed` and `left` default to the event's own figures.
    """
    parts = []
    if event.epoch and event.epochs:
        #: glossary: round = 에포크
        parts.append(QCoreApplication.translate("ProgressPanel", "Round {round} of {rounds}")
                     .format(round=number(event.epoch), rounds=number(event.epochs)))
    if event.batches and event.kind == "batch":
        # Before the first round the photo check counts photos; in a round, steps (batches).
        text = (QCoreApplication.translate("ProgressPanel", "photo {number} of {count}")
                if not event.epoch else
                QCoreApplication.translate("ProgressPanel", "step {number} of {count}"))
        parts.append(text.format(number=number(event.batch), count=number(event.batches)))
    parts.append(spent_text(event.elapsed if elapsed is None else elapsed))
    left = event.eta if left is None else left
    if left is not None and event.fraction < 1.0:
        parts.append(QCoreApplication.translate("ProgressPanel", "about {time} left").format(
            time=duration(left)))
    return " · ".join(parts)


class ProgressPanel(QWidget):
    """Fed with progress events: `core.training.TrainProgress` or `train_jobs.Progress`."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.phase = QLabel()
        self.bar = QProgressBar()
        self.bar.setRange(0, STEPS)
        self.bar.setFormat("%p%")
        self.details = QLabel()
        self.details.setToolTip(say(ROUND_TIP))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(3)
        layout.addWidget(self.phase)
        layout.addWidget(self.bar)
        layout.addWidget(self.details)
        # The details line keeps its height when empty: nothing below moves when it fills.
        self.details.setMinimumHeight(self.details.fontMetrics().height())
        self._clock = QTimer(self)
        self._clock.setInterval(TICK_MS)
        self._clock.timeout.connect(self._tick)
        self._started: float | None = None
        self._event = None
        self._event_at = 0.0
        self.reset(self.tr("Press Start training when your photos are sorted."))

    @property
    def elapsed(self) -> float | None:
        """Seconds since `start_clock` (None when no run is timed)."""
        return None if self._started is None else time.monotonic() - self._started

    def start_clock(self) -> None:
        """A run starts: the time spent counts from now, every second, until it ends."""
        self._started = time.monotonic()
        self._event = None
        self._clock.start()
        self._tick()

    def _stop_clock(self) -> None:
        self._clock.stop()
        self._started = None
        self._event = None

    def reset(self, text: str) -> None:
        self._stop_clock()
        self.phase.setText(f"<b>{text}</b>")
        self.phase.setToolTip("")
        self.bar.setValue(0)
        self.details.setText("")

    def finish(self, text: str, details: str = "") -> None:
        self._stop_clock()
        self.phase.setText(f"<b>{text}</b>")
        self.bar.setValue(STEPS)
        self.details.setText(details)

    def show_event(self, event) -> None:
        self.phase.setText(f"<b>{phase_words(event.phase, event.message)}…</b>")
        self.phase.setToolTip(phase_tip(event.phase))
        if event.kind != "batch" or event.epoch:
            self.bar.setValue(round(STEPS * min(1.0, max(0.0, event.fraction))))
        self._event, self._event_at = event, time.monotonic()
        self._show_details()

    def _tick(self) -> None:
        if self._event is None:
            self.details.setText(spent_text(self.elapsed))
        else:
            self._show_details()

    def _show_details(self) -> None:
        event = self._event
        elapsed = self.elapsed
        left = None
        if event.eta is not None:  # the engine's estimate, counting down between reports
            left = max(0.0, event.eta - (time.monotonic() - self._event_at))
        self.details.setText(progress_details(event, elapsed, left))
