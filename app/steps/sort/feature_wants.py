"""Which photos the Sort page wants features of: those that arrive in its grids.

Every grid's model says when photos arrive (rows inserted, a new list), so a sort or
a drop asks only for the photos it brought, not for all the workspace's again: with
thousands of photos, going through them all at every sort is a pause the person sees.
Sorted photos go to the front of the queue: they decide whether suggestions can start.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QObject

from app.photo_model import PhotoListModel
from app.steps.sort.board import SortBoard
from app.steps.sort.features import FeatureStore


class FeatureWants(QObject):
    """Asks `store` for the features of the photos of every grid of `board`, as they come."""

    def __init__(self, board: SortBoard, store: FeatureStore,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.board, self.store = board, store
        self._watched: list[PhotoListModel] = []
        board.classes_changed.connect(self._watch_classes)
        self._watch(board.tray, first=False)

    def _watch_classes(self) -> None:
        self._watched = [m for m in self._watched if m is self.board.tray
                         or m in self.board.class_models.values()]
        for model in self.board.class_models.values():
            self._watch(model, first=True)

    def _watch(self, model: PhotoListModel, first: bool) -> None:
        if any(model is watched for watched in self._watched):
            return
        self._watched.append(model)

        def inserted(_parent: QModelIndex, start: int, end: int) -> None:
            self.store.want(model.photos[start:end + 1], first=first)

        model.rowsInserted.connect(inserted)
        model.modelReset.connect(lambda: self.store.want(model.photos, first=first))
        self.store.want(model.photos, first=first)
