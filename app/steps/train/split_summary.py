"""The Train page's photo summary with its split, counted in the background.

`core.split.split_dataset` scores every photo's content (thousands of photos take
more than a tenth of a second), so it runs in a worker; meanwhile the summary
already shows the new report with "…" where the two split counts go (nothing moves
when they arrive), and never the counts of photos or settings shown before. Only the
newest request reports back (`NewestWins`).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal

from app.steps.train.widgets.dataset_summary import DatasetSummary
from app.worker import NewestWins
from core.dataset import DatasetReport
from core.photo_listing import count_photo_files
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
        # The photos, share and seed last counted, and their counts: a new check of the
        # same photos (the Sort page checks after every change) needs no new count.
        self._last: tuple[list, float, int, tuple[int, int]] | None = None

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
        photos = list(report.photos)
        last = self._last
        if last is not None and last[1:3] == (share, seed) and last[0] == photos:
            self._splits.cancel()
            self.summary.show_report(report, *last[3], share)
            self.counted.emit()
            return
        self.summary.show_report(report, COUNTING, COUNTING, share)  # type: ignore[arg-type]

        def job(_on_progress, _should_stop):
            split = split_dataset(photos, share, seed)
            return len(split.train), len(split.validation)

        def done(counts: tuple[int, int]) -> None:
            if self._is_shown(key):
                self._last = (photos, share, seed, counts)
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

    def show_listing(self, workspace: Path, names: tuple[str, ...], share: float) -> None:
        """While the photos are checked: each class with "…", then the counts of a listing.

        Counted from the folders (no photo opened) in the background: thousands of
        photos take tens of milliseconds even so.
        """
        self.forget()
        self.summary.show_provisional({name: COUNTING for name in names}, share)
        key = self._shown = (workspace, share, -1)  # type: ignore[assignment]

        def job(_on_progress, _should_stop):
            return {name: count_photo_files(workspace / name) for name in names}

        def done(counts: dict[str, int]) -> None:
            if self._shown is key:
                self.summary.show_provisional(counts, share)  # type: ignore[arg-type]

        self._splits.start(job, done)

    def shutdown(self) -> None:
        self._splits.shutdown()
