"""How far a training run is: the phase in words, a bar, epoch and batch, time spent and left."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QProgressBar, QVBoxLayout, QWidget

STEPS = 1000


def duration(seconds: float | None) -> str:
    """``0:42``, ``12:05`` or ``1:02:03``."""
    if seconds is None:
        return "?"
    seconds = max(0, int(round(seconds)))
    hours, rest = divmod(seconds, 3600)
    minutes, seconds = divmod(rest, 60)
    return f"{hours}:{minutes:02}:{seconds:02}" if hours else f"{minutes}:{seconds:02}"


def progress_details(event) -> str:
    """``Epoch 3 of 10 · batch 4 of 9 · 0:42 spent · about 1:10 left``."""
    parts = []
    if event.epoch and event.epochs:
        parts.append(f"Epoch {event.epoch} of {event.epochs}")
    if event.batches and event.kind == "batch":
        unit = "photo" if not event.epoch else "batch"
        parts.append(f"{unit} {event.batch} of {event.batches}")
    parts.append(f"{duration(event.elapsed)} spent")
    if event.eta is not None and event.fraction < 1.0:
        parts.append(f"about {duration(event.eta)} left")
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
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(3)
        layout.addWidget(self.phase)
        layout.addWidget(self.bar)
        layout.addWidget(self.details)
        self.reset("Press Start training when your photos are sorted.")

    def reset(self, text: str) -> None:
        self.phase.setText(f"<b>{text}</b>")
        self.bar.setValue(0)
        self.details.setText("")

    def finish(self, text: str, details: str = "") -> None:
        self.phase.setText(f"<b>{text}</b>")
        self.bar.setValue(STEPS)
        self.details.setText(details)

    def show_event(self, event) -> None:
        self.phase.setText(f"<b>{event.message}…</b>")
        if event.kind != "batch" or event.epoch:
            self.bar.setValue(round(STEPS * min(1.0, max(0.0, event.fraction))))
        self.details.setText(progress_details(event))
