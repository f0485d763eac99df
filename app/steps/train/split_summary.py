"""The Train page's photo summary with its split, counted in the background.

`core.split.split_dataset` scores every photo's content (thousands of photos take
more than a tenth of a second), so it runs in a worker; meanwhile the summary
already shows the new report with "…" where the two split counts go (nothing moves
when they arrive), and never the counts of photos or settings shown before. Only the
newest request reports back (`NewestWins`).
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from app.steps.train.widgets.dataset_summary import DatasetSummary
from app.worker import NewestWins
from core.dataset import DatasetReport
from core.split import split_dataset

COUNTING = "…"


class SplitSummary(QObject):
    """Shows `report` and its split in `summary`; `counted()` once the split is in."""

    counted = Signal()

    def __init__(self, summary: DatasetSummary, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.summary = summary
        self._splits = NewestWins(self)
        self._shown: tuple[DatasetReport, float, int] | None = None  # (report, share, seed)

    @property
    def counting(self) -> bool:
        """A split is being counted: the summary shows "…" for it."""
        return self._splits.busy

    def show(self, report: DatasetReport, share: float, seed: int) -> None:
        """Show `report` now, its training/validation counts once they are known."""
        key = (report, share, seed)
        if self._is_shown(key):
            return  # on screen already, or being counted
        self._shown = key
        self.summary.show_report(report, COUNTING, COUNTING, share)  # type: ignore[arg-type]
        photos = list(report.photos)

        def job(_on_progress, _should_stop):
            split = split_dataset(photos, share, seed)
            return len(split.train), len(split.validation)

        def done(counts: tuple[int, int]) -> None:
            if self._is_shown(key):
                self.summary.show_report(report, counts[0], counts[1], share)
                self.counted.emit()

        self._splits.start(job, done)

    def _is_shown(self, key: tuple[DatasetReport, float, int]) -> bool:
        shown = self._shown
        return shown is not None and shown[0] is key[0] and shown[1:] == key[1:]

    def forget(self) -> None:
        """The summary shows something else now (a check, an error): drop the count."""
        self._splits.cancel()
        self._shown = None

    def shutdown(self) -> None:
        self._splits.shutdown()
