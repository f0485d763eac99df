"""A list of photo files for a thumbnail grid: the Unsorted tray or one class folder."""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from pathlib import Path

from PySide6.QtCore import (
    QAbstractListModel,
    QMimeData,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Slot,
)

from app.i18n import engine_text
from app.thumbnail_cache import ThumbnailCache

PHOTOS_MIME = "application/x-alpaca-studio-photos"
PATH_ROLE = Qt.ItemDataRole.UserRole + 1
REASON_ROLE = Qt.ItemDataRole.UserRole + 2

AnyIndex = QModelIndex | QPersistentModelIndex


def decode_photos(mime: QMimeData) -> tuple[str | None, list[Path]] | None:
    """The (source key, photos) of an internal drag, or None for anything else."""
    if not mime.hasFormat(PHOTOS_MIME):
        return None
    data = json.loads(bytes(mime.data(PHOTOS_MIME).data()).decode("utf-8"))
    return data["source"], [Path(p) for p in data["paths"]]


class PhotoListModel(QAbstractListModel):
    """Photos in display order; `key` is the class name, or None for the Unsorted tray."""

    def __init__(self, key: str | None, thumbnails: ThumbnailCache,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.key = key
        self._thumbnails = thumbnails
        self._photos: list[Path] = []
        self._rows: dict[Path, int] | None = None
        thumbnails.ready_many.connect(self._on_thumbnails_ready)

    @property
    def photos(self) -> list[Path]:
        return list(self._photos)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._photos)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or index.row() >= len(self._photos):
            return None
        path = self._photos[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return path.name
        if role == Qt.ItemDataRole.DecorationRole:
            if self._thumbnails.reason(path) is not None:
                return self._thumbnails.placeholder("unreadable")
            return self._thumbnails.pixmap(path) or self._thumbnails.placeholder("loading")
        if role == Qt.ItemDataRole.ToolTipRole:
            reason = self._thumbnails.reason(path)
            if not reason:
                return str(path)
            return self.tr("{path}\nCannot be read: {reason}").format(
                path=path, reason=engine_text(reason))
        if role == PATH_ROLE:
            return path
        if role == REASON_ROLE:
            return self._thumbnails.reason(path)
        return None

    def cell(self, row: int) -> tuple[str, object, str | None]:
        """(name, thumbnail or placeholder, reason it cannot be read) of `row`, in one call.

        What the delegate paints, without three trips through `data` per photo.
        """
        path = self._photos[row]
        thumbnails = self._thumbnails
        reason = thumbnails.reason(path)
        if reason is not None:
            return path.name, thumbnails.placeholder("unreadable"), reason
        return path.name, thumbnails.pixmap(path) or thumbnails.placeholder("loading"), None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid():
            flags |= Qt.ItemFlag.ItemIsDragEnabled
        return flags

    def mimeTypes(self) -> list[str]:
        return [PHOTOS_MIME]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        rows = sorted({index.row() for index in indexes})
        payload = {"source": self.key, "paths": [str(self._photos[row]) for row in rows]}
        mime = QMimeData()
        mime.setData(PHOTOS_MIME, json.dumps(payload).encode("utf-8"))
        return mime

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def row_of(self, path: Path) -> int:
        if self._rows is None:
            self._rows = {p: row for row, p in enumerate(self._photos)}
        return self._rows.get(path, -1)

    def __contains__(self, path: Path) -> bool:
        return self.row_of(path) >= 0

    def set_photos(self, photos: Iterable[Path]) -> None:
        # One pass makes both the list without repeats and the row of each photo: with
        # thousands of photos, hashing every path twice is a pause the person sees.
        rows: dict[Path, int] = {}
        for path in photos:
            rows.setdefault(path, len(rows))
        self.beginResetModel()
        self._photos = list(rows)
        self._rows = rows
        self.endResetModel()

    def insert_photos(self, photos: Iterable[Path], row: int | None = None) -> None:
        new = [p for p in dict.fromkeys(photos) if p not in self]
        if not new:
            return
        row = len(self._photos) if row is None else max(0, min(row, len(self._photos)))
        self.beginInsertRows(QModelIndex(), row, row + len(new) - 1)
        self._photos[row:row] = new
        self._rows = None
        self.endInsertRows()

    def insert_at(self, placed: Iterable[tuple[Path, int]]) -> None:
        """Put each photo at its row, lowest row first (undo returns photos to their places)."""
        present = set(self._photos)
        for path, row in sorted(placed, key=lambda item: item[1]):
            if path in present:
                continue
            row = max(0, min(row, len(self._photos)))
            self.beginInsertRows(QModelIndex(), row, row)
            self._photos.insert(row, path)
            self._rows = None
            self.endInsertRows()
            present.add(path)

    def remove_photos(self, photos: Iterable[Path]) -> dict[Path, int]:
        """Remove `photos`; return the row each one had."""
        rows = {p: self.row_of(p) for p in photos}
        rows = {p: r for p, r in rows.items() if r >= 0}
        for start, end in reversed(_ranges(sorted(rows.values()))):
            self.beginRemoveRows(QModelIndex(), start, end)
            del self._photos[start:end + 1]
            self._rows = None
            self.endRemoveRows()
        return rows

    @Slot(object)
    def _on_thumbnails_ready(self, paths: list[Path]) -> None:
        rows = sorted({row for row in map(self.row_of, paths) if row >= 0})
        # One signal per run of neighbouring rows: a screenful is one repaint.
        for start, end in _ranges(rows):
            self.dataChanged.emit(self.index(start), self.index(end))


def _ranges(rows: list[int]) -> list[tuple[int, int]]:
    ranges: list[tuple[int, int]] = []
    for row in rows:
        if ranges and ranges[-1][1] == row - 1:
            ranges[-1] = (ranges[-1][0], row)
        else:
            ranges.append((row, row))
    return ranges
