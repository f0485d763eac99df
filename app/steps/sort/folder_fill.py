"""The workspace's folders listed in the background; each pane fills as its folder arrives.

Listing thousands of photos takes longer than a pause the person may notice, so the
board opens with its classes at once, and `FolderFill` reads the saved tray, lists
the class folders (then the photos lying loose in the workspace, which join Unsorted)
in a worker, a folder at a time. The listings that arrive together fill their panes
one per turn of the event loop: the folders are listed faster than the window fills
1,200 photos into a pane, and five fills in one turn were one long pause. A folder
that lists what its pane already shows (the same workspace opened again) leaves the
pane as it is. What the person does meanwhile is kept: a photo sorted into a pane
before its listing arrived stays, one taken out of it stays out.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QModelIndex, QObject, QTimer, Signal

from app.photo_model import PhotoListModel
from app.worker import NewestWins
from core.workspace import list_photos

TRAY = -1  # the number of the saved tray's event (it comes before the folders')


class FolderFill(QObject):
    """Lists folders in the background and fills their models; `listed()` when all are in."""

    filled = Signal()
    """A folder's photos are in its model (the counts changed)."""
    listed = Signal()
    """Every folder asked for is listed."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._jobs = NewestWins(self)
        # id(model) → (model, the photos taken out of it meanwhile, those put in meanwhile,
        # the slots noting them)
        self._pending: dict[int, tuple[PhotoListModel, set[Path], list[Path], tuple]] = {}
        # What arrived from the listing and is not in its pane yet, one step per turn.
        self._arrived: deque[Callable[[], None]] = deque()
        self._turn = QTimer(self, singleShot=True, interval=0)
        self._turn.timeout.connect(self._next_turn)

    @property
    def busy(self) -> bool:
        """Some folders are still being listed (or filled into their panes)."""
        return self._jobs.busy or bool(self._arrived)

    def start(self, folders: list[tuple[Path, PhotoListModel]], loose: Callable[[], Any],
              on_loose: Callable[[Any], None], *,
              tray: Callable[[], list[Path]] | None = None,
              on_tray: Callable[[list[Path]], None] | None = None) -> None:
        """List each folder into its model, then call `on_loose(loose())` (in the worker).

        `tray` (the saved tray, read in the worker) comes first, to `on_tray`.
        """
        self.cancel()
        # What each model shows now: a folder listed as it is shown needs no new fill.
        shown = [model.photos for _folder, model in folders]
        for _folder, model in folders:
            self._follow(model)

        def job(on_progress, should_stop):
            if tray is not None:
                on_progress((TRAY, tray(), False))
            for number, (folder, _model) in enumerate(folders):
                if should_stop():
                    return None
                photos = hashed(list_photos(folder))
                on_progress((number, photos, photos == shown[number]))
            return loose()

        def arrived(event: tuple[int, list[Path], bool]) -> None:
            number, photos, same = event
            if number == TRAY:
                if on_tray is not None:
                    self._later(lambda: on_tray(photos))
            else:
                self._later(lambda: self._fill(folders[number][1], photos, same))

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
        # The photos taken out of the model before its listing arrives must stay out,
        # and those put in meanwhile (sorted there) must stay in.
        taken: set[Path] = set()
        put_in: list[Path] = []

        def removing(_parent: QModelIndex, first: int, last: int) -> None:
            taken.update(model.photos[first:last + 1])

        def inserted(_parent: QModelIndex, first: int, last: int) -> None:
            put_in.extend(model.photos[first:last + 1])

        def reset() -> None:
            put_in.extend(model.photos)

        model.rowsAboutToBeRemoved.connect(removing)
        model.rowsInserted.connect(inserted)
        model.modelReset.connect(reset)
        self._pending[id(model)] = (model, taken, put_in, (removing, inserted, reset))

    def _fill(self, model: PhotoListModel, listed: list[Path], same: bool) -> None:
        entry = self._pending.pop(id(model), None)
        if entry is None or entry[0] is not model:
            return  # dropped meanwhile
        _model, taken, put_in, slots = entry
        _disconnect(model, slots)
        if same and not taken and not put_in:
            return  # the folder lists what the pane shows: no reset, nothing to redraw
        photos = [p for p in listed if p not in taken] if taken else listed
        there = set(photos)
        photos += [p for p in dict.fromkeys(put_in) if p not in there and p in model]
        model.set_photos(photos)
        self.filled.emit()

    def _forget(self) -> None:
        for model, _taken, _put_in, slots in self._pending.values():
            _disconnect(model, slots)
        self._pending.clear()


def hashed(photos: list[Path]) -> list[Path]:
    """`photos`, each having worked out its hash (kept): done in a worker, the window's
    thread finds it ready when it puts thousands of photos in a pane."""
    for photo in photos:
        hash(photo)
    return photos


def _disconnect(model: PhotoListModel, slots: tuple[Callable, Callable, Callable]) -> None:
    removing, inserted, reset = slots
    for signal, slot in ((model.rowsAboutToBeRemoved, removing), (model.rowsInserted, inserted),
                         (model.modelReset, reset)):
        try:
            signal.disconnect(slot)
        except (RuntimeError, TypeError):  # the model is deleted already
            pass
