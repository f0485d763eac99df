"""The Unsorted tray's model: its photos, the class suggested for each, and their order.

Suggestions (`app.steps.sort.suggestions`) arrive from the background; the tray shows
them under each photo's name ("alpaca · 93% sure"). The tray can be ordered by how
sure they are, and back to its normal order: the order the photos were added in,
which every photo keeps (an undo puts a photo back at its place in it).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QObject, Qt

from app.photo_model import AnyIndex, PhotoListModel, _ranges
from app.thumbnail_cache import ThumbnailCache

SUGGESTION_ROLE = Qt.ItemDataRole.UserRole + 10
"""(class name, probability) of a photo's suggestion, or None."""

NORMAL, MOST_SURE, LEAST_SURE = "normal", "most sure", "least sure"
ORDERS = (NORMAL, MOST_SURE, LEAST_SURE)


def suggestion_text(class_name: str, probability: float) -> str:
    """ "alpaca · 93% sure": what the tray shows under a photo. """
    # Rounded down: "100% sure" would claim more than a head on 1,280 numbers can know.
    percent = min(99, int(probability * 100))
    #: glossary: 확신 = sure ("90% sure" → "90% 확신")
    return QCoreApplication.translate("TrayModel", "{name} · {percent}% sure").format(
        name=class_name, percent=QLocale().toString(percent))


def _shown(suggestion: tuple[str, float] | None) -> str | None:
    return None if suggestion is None else suggestion_text(*suggestion)


def shown_changes(before: Mapping[Path, tuple[str, float]],
                  after: Mapping[Path, tuple[str, float]]) -> set[Path]:
    """The photos whose suggestion line reads differently in `after` than in `before`
    (what a worker can work out before the answer reaches the window's thread)."""
    return {photo for photo in before.keys() | after.keys()
            if before.get(photo) != after.get(photo)
            and _shown(before.get(photo)) != _shown(after.get(photo))}


class TrayModel(PhotoListModel):
    """`PhotoListModel` for Unsorted, with a suggestion per photo and an order to show."""

    def __init__(self, thumbnails: ThumbnailCache, parent: QObject | None = None) -> None:
        super().__init__(None, thumbnails, parent)
        self.suggestions: dict[Path, tuple[str, float]] = {}
        self.order = NORMAL
        self._rank: dict[Path, int] = {}  # place in the normal order; kept after removal
        self._next_rank = 0

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if role == SUGGESTION_ROLE:
            if not index.isValid() or index.row() >= self.rowCount():
                return None
            return self.suggestions.get(self._photos[index.row()])
        value = super().data(index, role)
        if role == Qt.ItemDataRole.ToolTipRole and value is not None:
            suggestion = self.suggestions.get(self._photos[index.row()])
            if suggestion is not None:
                value += "\n" + QCoreApplication.translate(
                    "TrayModel", "Looks like '{name}' ({suggestion}); Enter puts it there").format(
                    name=suggestion[0], suggestion=suggestion_text(*suggestion))
        return value

    # --- photos: every new photo gets the next place in the normal order -------------------
    def set_photos(self, photos: Iterable[Path]) -> None:
        photos = list(dict.fromkeys(photos))
        self._rank, self._next_rank = {}, 0
        self._give_ranks(photos)
        self.suggestions = {}
        super().set_photos(photos)
        self._apply_order()

    def insert_photos(self, photos: Iterable[Path], row: int | None = None) -> None:
        photos = list(photos)
        self._give_ranks(photos)
        super().insert_photos(photos, row)

    def insert_at(self, placed: Iterable[tuple[Path, int]]) -> None:
        placed = list(placed)
        self._give_ranks(path for path, _ in placed)
        super().insert_at(placed)

    def _give_ranks(self, photos: Iterable[Path]) -> None:
        for photo in photos:
            if photo not in self._rank:
                self._rank[photo] = self._next_rank
                self._next_rank += 1

    # --- suggestions and order -------------------------------------------------------------
    def set_suggestions(self, suggestions: Mapping[Path, tuple[str, float]],
                        changed: set[Path] | None = None, since: object = None) -> None:
        """Show these suggestions (photos not in it show none) and keep the order chosen.

        `changed`: the photos whose line reads differently than in `since` (the
        `suggestions` this answer was worked out against), found by the caller's worker;
        ignored when the tray shows others by now.
        """
        before, self.suggestions = self.suggestions, dict(suggestions)
        if changed is None or since is not before:
            changed = shown_changes(before, self.suggestions)
        # Only the rows whose line reads differently, a run of rows per signal: a view
        # in icon mode visits every row of the range on the window's thread.
        rows = sorted(row for row in map(self.row_of, changed) if row >= 0)
        for start, end in _ranges(rows):
            self.dataChanged.emit(self.index(start), self.index(end),
                                  [SUGGESTION_ROLE, Qt.ItemDataRole.ToolTipRole])
        if self.order != NORMAL:  # the normal order does not depend on the suggestions
            self._apply_order()

    def set_order(self, order: str) -> None:
        """`NORMAL`, `MOST_SURE` or `LEAST_SURE` (photos without a suggestion come last)."""
        if order not in ORDERS:
            raise ValueError(f"order must be one of {ORDERS}. Received: order={order!r}")
        self.order = order
        self._apply_order()

    def _apply_order(self) -> None:
        def sureness(photo: Path) -> float:
            suggestion = self.suggestions.get(photo)
            return -1.0 if suggestion is None else suggestion[1]

        if self.order == NORMAL:
            wanted = sorted(self._photos, key=lambda p: self._rank.get(p, 0))
        elif self.order == MOST_SURE:
            wanted = sorted(self._photos, key=lambda p: (-sureness(p), self._rank.get(p, 0)))
        else:
            # Least sure first, and photos not judged yet after every judged one.
            wanted = sorted(self._photos, key=lambda p: (sureness(p) < 0, sureness(p),
                                                         self._rank.get(p, 0)))
        if wanted != self._photos:
            self._reorder(wanted)

    def _reorder(self, wanted: list[Path]) -> None:
        # A layout change keeps the selection and the current photo on the same photos.
        self.layoutAboutToBeChanged.emit()
        old = self.persistentIndexList()
        paths = [self._photos[index.row()] for index in old]
        self._photos = wanted
        self._rows = None
        self.changePersistentIndexList(old, [self.index(self.row_of(p)) for p in paths])
        self.layoutChanged.emit()
