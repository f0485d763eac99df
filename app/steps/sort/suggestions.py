"""The model helps sort: a suggested class for each Unsorted photo, refreshed after each sort.

As soon as every class has `MIN_PER_CLASS` sorted photos whose features are known
(`app.steps.sort.features`), a small head on the features (`core.photo_audit.
suggest_labels`, NumPy, trained in milliseconds) suggests a class for every
Unsorted photo, with how sure it is. It is trained again after every sort, in the
background (the window never waits for it); only the newest answer is shown.
Enter accepts the suggestion for the selected photos, "Accept all sure ones" sorts
every photo at `SURE` or more at once, as one undoable step.
"""

from __future__ import annotations

import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from PySide6.QtCore import QLocale, QObject, QTimer, Signal

from app.i18n import engine_text
from app.steps.sort.board import SortBoard
from app.steps.sort.feature_wants import FeatureWants
from app.steps.sort.features import FeatureStore
from app.steps.sort.tray_model import TrayModel, shown_changes
from app.worker import OneAtATime
from core.photo_audit import MIN_SORTED_PER_CLASS, suggest_labels

MIN_PER_CLASS = MIN_SORTED_PER_CLASS
# "Accept all sure ones" takes suggestions at least this sure. benchmarks/bench_audit.py
# measures how often such suggestions are right with 10 photos per class sorted.
SURE = 0.90
REFRESH_DELAY_MS = 30  # a burst of changes (a batch of features, a sort) refreshes once
# While features stream in (a batch every few tens of ms), the head is trained again at
# most this often: each answer repaints the tray, and the person reads it no faster.
STREAMING_REFRESH_MS = 500


@dataclass(frozen=True)
class Answer:
    """A head's suggestions, and the photos whose line reads differently than in `since`."""

    suggestions: dict[Path, tuple[str, float]]
    changed: set[Path]
    since: object  # the tray's suggestions the answer was compared with


def accepted_text(count: int) -> str:
    """What accepting `count` suggestions is called ("sort 14 suggested photos")."""
    return SuggestionWords().accepted(count)


class SuggestionWords(QObject):
    """`self.tr` with %n (lupdate marks it plural; not `QCoreApplication.translate`)."""

    def accepted(self, count: int) -> str:
        return self.tr("sort %n suggested photos", "", count)


class Suggestions(QObject):
    """Keeps the tray's suggestions (`TrayModel.set_suggestions`) and `status` up to date."""

    changed = Signal()
    """`status` or `sure_photos` changed."""

    def __init__(self, board: SortBoard, store: FeatureStore,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.board = board
        self.store = store
        self.status = ""
        self.ready = False  # every class has enough sorted photos with features
        self.last_seconds = 0.0  # how long the last refresh took, from the sort to the answer
        self._asked_at = 0.0
        # One head at a time: a head cannot stop halfway, and sorting fast must not pile
        # them up; a refresh asked for meanwhile runs when the current one is done.
        self._heads = OneAtATime(self)
        self._again = False
        self._timer = QTimer(self, singleShot=True, interval=REFRESH_DELAY_MS)
        self._timer.timeout.connect(self.refresh)
        self._sure_count: int | None = None  # len(sure_photos()), until the photos change
        board.photos_changed.connect(self._on_photos_changed)
        board.photos_moved.connect(store.moved)
        store.updated.connect(self._on_features)
        self.wants = FeatureWants(board, store, self)
        store.progress.connect(lambda _done, _total: self._show_status())
        store.failed.connect(lambda _reason: self._show_status())

    @property
    def tray(self) -> TrayModel:
        return self.board.tray

    def sure_photos(self) -> list[Path]:
        """The Unsorted photos whose suggestion is at least `SURE`, in the tray's order."""
        suggestions = self.tray.suggestions
        return [p for p in self.tray.photos
                if p in suggestions and suggestions[p][1] >= SURE]

    @property
    def sure_count(self) -> int:
        """How many `sure_photos` there are (counted once per answer or change of photos)."""
        if self._sure_count is None:
            self._sure_count = len(self.sure_photos())
        return self._sure_count

    def accept(self, photos: Sequence[Path]) -> int:
        """Sort each of `photos` into its suggested class (one undoable step); how many."""
        suggestions = self.tray.suggestions
        by_class: dict[str, list[Path]] = {}
        for photo in photos:
            if photo in suggestions and suggestions[photo][0] in self.board.class_models:
                by_class.setdefault(suggestions[photo][0], []).append(photo)
        count = sum(len(group) for group in by_class.values())
        if not count:
            return 0
        stack = self.board.undo_stack
        together = len(by_class) > 1
        if together:
            stack.beginMacro(accepted_text(count))
        try:
            for name, group in by_class.items():
                self.board.sort(group, None, name)
        finally:
            if together:
                stack.endMacro()
        return count

    def accept_sure(self) -> int:
        """Sort every photo at `SURE` or more into its suggested class, as one undoable step."""
        photos = self.sure_photos()
        if not photos:
            return 0
        stack = self.board.undo_stack
        # Named for what it is even when all go to one class: the Edit menu says
        # "Undo sort 14 suggested photos".
        stack.beginMacro(accepted_text(len(photos)))
        try:
            by_class: dict[str, list[Path]] = {}
            for photo in photos:
                by_class.setdefault(self.tray.suggestions[photo][0], []).append(photo)
            for name, group in by_class.items():
                if name in self.board.class_models:
                    self.board.sort(group, None, name)
        finally:
            stack.endMacro()
        return len(photos)

    def shutdown(self) -> None:
        self._timer.stop()
        self._heads.shutdown()

    # --- inside ----------------------------------------------------------------------------
    def _on_photos_changed(self) -> None:
        board = self.board
        self._sure_count = None
        self._asked_at = time.perf_counter()
        if board.workspace is None:
            return
        # The photos that arrived are already asked for (`FeatureWants`).
        self._schedule()

    def _schedule(self) -> None:
        if not self._asked_at:
            self._asked_at = time.perf_counter()
        self._timer.start(REFRESH_DELAY_MS)

    def _on_features(self) -> None:
        """A batch of features arrived: refresh soon, but not at every batch while they stream."""
        if not self.store.counts[1]:  # the queue is empty: the last batch, answered at once
            self._schedule()
        elif not self._timer.isActive():
            self._timer.start(STREAMING_REFRESH_MS)

    def refresh(self) -> None:
        """Train the head again on the sorted photos and answer for every Unsorted one."""
        if self._heads.busy:
            self._again = True
            return
        self._again = False
        features = self.store.features
        names = [n for n in self.board.class_names if n in self.board.class_models]
        sorted_rows, labels = [], []
        for label, name in enumerate(names):
            for photo in self.board.class_models[name].photos:
                row = features.get(photo)
                if row is not None:
                    sorted_rows.append(row)
                    labels.append(label)
        counts = np.bincount(np.asarray(labels, dtype=np.int64), minlength=len(names))
        waiting = [p for p in self.tray.photos if p in features]
        self.ready = len(names) >= 2 and bool(len(counts)) and int(counts.min()) >= MIN_PER_CLASS
        self._counts = dict(zip(names, counts.tolist()))
        if not self.ready or not waiting:
            self._heads.cancel()
            if not self.ready:
                self._set_suggestions({})
            self._show_status()
            return
        waiting_rows = [features[p] for p in waiting]
        label_array = np.asarray(labels, dtype=np.int64)
        shown = self.tray.suggestions  # replaced by each answer, never changed in place

        def job(_on_progress, _should_stop):
            # Stacked here, not in the window's thread: 2,000 photos are 10 MB.
            best, probability = suggest_labels(np.stack(sorted_rows), label_array,
                                               np.stack(waiting_rows), len(names))
            answers = {photo: (names[int(b)], float(p))
                       for photo, b, p in zip(waiting, best, probability)}
            # Which lines read differently: worked out here, so the tray repaints only
            # those without comparing every photo on the window's thread.
            return Answer(answers, shown_changes(shown, answers), shown)

        self._heads.start(job, self._on_answered, failure=self._on_failed)

    def _on_answered(self, answer: Answer) -> None:
        if self._again:  # the photos changed meanwhile: show these, then the newer ones
            self._set_suggestions(answer.suggestions, answer)
            self.refresh()
            return
        self.last_seconds = time.perf_counter() - self._asked_at if self._asked_at else 0.0
        self._asked_at = 0.0
        self._set_suggestions(answer.suggestions, answer)
        self._show_status()

    def _set_suggestions(self, answers: dict[Path, tuple[str, float]],
                         answer: Answer | None = None) -> None:
        # Only the photos still waiting: the others were sorted meanwhile (their rows
        # are gone, so the lines that changed stay right).
        present = self.tray.row_of
        kept = {p: a for p, a in answers.items() if present(p) >= 0}
        if answer is None:
            self.tray.set_suggestions(kept)
        else:
            self.tray.set_suggestions(kept, answer.changed, answer.since)
        self._sure_count = None

    def _on_failed(self, error: object) -> None:
        self._set_suggestions({})
        self.status = self.tr("No suggestions: {reason}").format(reason=engine_text(str(error)))
        self.changed.emit()

    def _show_status(self) -> None:
        self.status = self._status_text()
        self.changed.emit()

    def _status_text(self) -> str:
        store = self.store
        if self.board.workspace is None or not self.tray.rowCount():
            return ""
        if store.error is not None:
            return self.tr("No suggestions: {reason}").format(reason=engine_text(store.error))
        if not store.started:
            return self.tr("Suggested classes appear here once Alpaca Studio has finished "
                           "starting…")
        counts = getattr(self, "_counts", {})
        short = [(name, MIN_PER_CLASS - count) for name, count in counts.items()
                 if count < MIN_PER_CLASS]
        if short and not store.busy:
            missing = ", ".join(self.tr("%n more in '{name}'", "", n).format(name=name)
                                for name, n in short[:3])
            if len(short) > 3:
                missing += "…"
            return self.tr("Suggestions start once every class has %n photos: sort {missing}.",
                           "", MIN_PER_CLASS).format(missing=missing)
        if store.busy:
            done, asked = store.counts
            if asked:
                return self.tr("Looking at the photos for suggestions… {done} of {asked}").format(
                    done=done, asked=asked)
            return self.tr("Looking at the photos for suggestions…")
        sure = self.sure_count
        if not self.tray.suggestions:
            return self.tr("Suggestions are on their way…")
        return self.tr("%n suggestions at least {percent}% sure · Enter accepts the selected one",
                       "", sure).format(percent=QLocale().toString(round(SURE * 100)))
