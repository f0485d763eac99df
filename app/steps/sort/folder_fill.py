"""The workspace's folders listed in the background; each pane fills as its folder arrives.

Listing thousands of photos takes longer than a pause the person may notice, so the
board opens with its classes and the tray it saved at once, and `FolderFill` lists the
class folders (then the photos lying loose in the workspace, which join Unsorted) in a
worker, a folder at a time. The listings that arrive together fill their panes one
per turn of the event loop: the folders are listed faster than the window fills 1,200
photos into a pane, and five fills in one turn were one long pause. What the person
does meanwhile is kept: a photo sorted into a pane before its listing arrived stays,
one taken out of it stays out.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QModelIndex, QObject, QTimer, Signal

from app.photo_model import PhotoListModel
from app.worker import NewestWins
from core.workspace import list_photos

LOOSE = None  # the key of the loose photos' listing (they join the tray)


class FolderFill(QObject):
    """Lists folders in the background and fills their models; `listed()` when all are in."""

    filled = Signal()
    """A folder's photos are in its model (the counts changed)."""
    listed = Signal()
    """Every folder asked for is listed."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._jobs = NewestWins(self)
        # id(model) → (model, the photos taken out of it meanwhile, the slot noting them)
        self._pending: dict[int, tuple[PhotoListModel, set[Path], Callable]] = {}
        # What arrived from the listing and is not in its pane yet, one step per turn.
        self._arrived: deque[Callable[[], None]] = deque()
        self._turn = QTimer(self, singleShot=True, interval=0)
        self._turn.timeout.connect(self._next_turn)

    @property
    def busy(self) -> bool:
        """Some folders are still being listed (or filled into their panes)."""
        return self._jobs.busy or bool(self._arrived)

    def start(self, folders: list[tuple[Path, PhotoListModel]], loose: Callable[[], list[Path]],
              on_loose: Callable[[list[Path]], None]) -> None:
        """List each folder into its model, then call `on_loose(loose())` (in the worker)."""
        self.cancel()
        for _folder, model in folders:
            self._follow(model)

        def job(on_progress, should_stop):
            for number, (folder, _model) in enumerate(folders):
                if should_stop():
                    return None
                on_progress((number, list_photos(folder)))
            return loose()

        def arrived(event: tuple[int, list[Path]]) -> None:
            number, photos = event
            self._later(lambda: self._fill(folders[number][1], photos))

        def finish(photos: list[Path] | None) -> None:
            self._forget()
            if photos is not None:
                on_loose(photos)
            self.listed.emit()

        self._jobs.start(job, lambda photos: self._later(lambda: finish(photos)),
                         progress=arrived)

    def cancel(self) -> None:
        """Drop the listing under way (another workspace, or the folders listed again)."""
        self._jobs.cancel()
        self._turn.stop()
        self._arrived.clear()
        self._forget()

    def shutdown(self) -> None:
        self._turn.stop()
        self._arrived.clear()
        self._forget()
        self._jobs.shutdown()

    def _later(self, step: Callable[[], None]) -> None:
        self._arrived.append(step)
        if not self._turn.isActive():
            self._turn.start()

    def _next_turn(self) -> None:
        if self._arrived:
            self._arrived.popleft()()
        if self._arrived:
            self._turn.start()  # the next one after whatever else waits (a repaint)

    def _follow(self, model: PhotoListModel) -> None:
        # The photos taken out of the model before its listing arrives must stay out.
        taken: set[Path] = set()

        def removing(_parent: QModelIndex, first: int, last: int) -> None:
            taken.update(model.photos[first:last + 1])

        model.rowsAboutToBeRemoved.connect(removing)
        self._pending[id(model)] = (model, taken, removing)

    def _fill(self, model: PhotoListModel, listed: list[Path]) -> None:
        entry = self._pending.pop(id(model), None)
        if entry is None or entry[0] is not model:
            return  # dropped meanwhile
        _model, taken, slot = entry
        _disconnect(model, slot)
        there = set(listed)
        added = [p for p in model.photos if p not in there]  # sorted in meanwhile
        model.set_photos([p for p in listed if p not in taken] + added)
        self.filled.emit()

    def _forget(self) -> None:
        for model, _taken, slot in self._pending.values():
            _disconnect(model, slot)
        self._pending.clear()


def _disconnect(model: PhotoListModel, slot: Callable) -> None:
    try:
        model.rowsAboutToBeRemoved.disconnect(slot)
    except (RuntimeError, TypeError):  # the model is deleted already
        pass
