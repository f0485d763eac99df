"""Photos that may be in the wrong folder, and near-copies, for the health panel.

Whenever the sorted photos change and their features are known
(`app.steps.sort.features`), `core.photo_audit.audit_features` runs in the background:
out-of-sample probabilities rank the photos whose folder disagrees most with what they
look like, and the features with each photo's 16 x 16 layout group near-copies, as
`audit` and training's split do (the layout finds a small photo recompressed hard, or
mirrored and darkened, that the features alone miss). A group filed in two classes gets a
loud warning (training keeps each group on one side of its split, `core.training`, so
none can flatter the score). "Keep here" is remembered per workspace (with the app's settings, never
among the photos), so a kept photo is not listed again; it is undoable, as "Move to …"
(a sort) is.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal

from app.history import UndoableCommand
from app.i18n import engine_text
from app.settings import AppPaths
from app.steps.sort.board import SortBoard
from app.steps.sort.features import FeatureStore
from app.worker import OneAtATime
from core.misfiled import Suspect
from core.near_copies import THUMBNAIL_SIZE
from core.photo_audit import MIN_SORTED_PER_CLASS, audit_features

DELAY_MS = 500


@dataclass(frozen=True)
class Doubt:
    """A sorted photo that looks like another class."""

    photo: Path
    folder: str  # the class it is in
    suggested: str
    confidence: float


@dataclass(frozen=True)
class CopyGroup:
    """Near-copies of one photo, with what is wrong about them."""

    photos: tuple[Path, ...]
    classes: tuple[str, ...]  # the class of each photo

    @property
    def spans_classes(self) -> bool:
        return len(set(self.classes)) > 1


def known_rows(store: FeatureStore, photos: Sequence[Path]
               ) -> tuple[list[np.ndarray], list[np.ndarray | None]]:
    """The features `store` knows of `photos` (each must be known) and their thumbnails
    (None where it has none)."""
    features, thumbnails = store.features, store.thumbnails
    return [features[p] for p in photos], [thumbnails.get(p) for p in photos]


def audit_known(rows: Sequence[np.ndarray], layouts: Sequence[np.ndarray | None],
                labels: np.ndarray, num_classes: int, keep: Collection[int] = ()
                ) -> tuple[list[Suspect], list[list[int]]]:
    """`core.photo_audit.audit_features` on what `known_rows` gave: the health panel's audit.

    With the thumbnails it groups what `audit` groups (a small photo recompressed hard,
    or mirrored and darkened, too). A photo without one (a feature source that gives
    none) gets a layout like no other's: its features alone decide for it.
    """
    thumbnails = None
    if any(layout is not None for layout in layouts):
        thumbnails = np.stack([np.zeros(THUMBNAIL_SIZE ** 2, np.float32) if layout is None
                               else layout for layout in layouts])
    return audit_features(np.stack(rows), None, labels, num_classes, thumbnails=thumbnails,
                          keep=keep)


def kept_file(paths: AppPaths, workspace: Path) -> Path:
    key = hashlib.sha1(str(workspace.absolute()).encode("utf-8", "surrogateescape")).hexdigest()
    return paths.config_dir / "kept-here" / f"{key}.json"


class KeptHere:
    """The photos and near-copy groups the person chose to leave as they are."""

    def __init__(self) -> None:
        self.file: Path | None = None
        self.workspace: Path | None = None
        self.photos: set[str] = set()  # paths relative to the workspace
        self.copies: set[str] = set()

    def open(self, file: Path, workspace: Path) -> None:
        self.file, self.workspace = file, workspace
        try:
            data = json.loads(file.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            data = {}
        data = data if isinstance(data, dict) else {}
        self.photos = {p for p in data.get("photos", []) if isinstance(p, str)}
        self.copies = {p for p in data.get("near_copies", []) if isinstance(p, str)}

    def key(self, photo: Path) -> str:
        assert self.workspace is not None
        try:
            return photo.relative_to(self.workspace).as_posix()
        except ValueError:
            return str(photo)

    def save(self) -> None:
        """Atomically; raises `OSError`."""
        if self.file is None:
            return
        self.file.parent.mkdir(parents=True, exist_ok=True)
        handle, temp = tempfile.mkstemp(dir=self.file.parent, prefix=".kept-")
        try:
            with os.fdopen(handle, "w", encoding="utf-8") as out:
                json.dump({"photos": sorted(self.photos), "near_copies": sorted(self.copies)},
                          out)
            os.replace(temp, self.file)
        except BaseException:
            Path(temp).unlink(missing_ok=True)
            raise


class KeepCommand(UndoableCommand):
    """ "Keep here": the photos (or a near-copy group) are no longer listed; undo lists them."""

    def __init__(self, doubts: FolderDoubts, photos: list[Path], group: bool) -> None:
        if len(photos) == 1:
            text = QCoreApplication.translate("FolderDoubts", "keep {photo} where it is").format(
                photo=photos[0].name)
        else:
            text = doubts.keep_text(len(photos))
        super().__init__(text)
        self._doubts, self._photos, self._group = doubts, photos, group

    def do_redo(self) -> None:
        self.failed = not self._doubts.set_kept(self._photos, self._group, True)

    def do_undo(self) -> None:
        self.failed = not self._doubts.set_kept(self._photos, self._group, False)


class FolderDoubts(QObject):
    """Runs the audit in the background; `changed()` when `doubts`/`groups` are new."""

    changed = Signal()
    problem = Signal(str)

    def __init__(self, board: SortBoard, store: FeatureStore, paths: AppPaths,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.board, self.store, self.paths = board, store, paths
        self.kept = KeptHere()
        self.doubts: list[Doubt] = []
        self.groups: list[CopyGroup] = []
        self.waiting = True  # not enough sorted photos with features yet
        # One audit at a time (it cannot stop halfway, and takes seconds on hundreds of
        # photos); one asked for meanwhile runs when it is done.
        self._jobs = OneAtATime(self)
        self._again = False
        self._audited: tuple | None = None  # what the latest audit was of (`run`)
        self._timer = QTimer(self, singleShot=True, interval=DELAY_MS)
        self._timer.timeout.connect(self.run)
        board.photos_changed.connect(self._on_photos_changed)
        store.updated.connect(self._timer.start)

    def keep_text(self, count: int) -> str:
        """What keeping a group of `count` near-copies is called (for `KeepCommand`)."""
        return self.tr("keep %n near-copies where they are", "", count)

    def keep(self, photo: Path) -> None:
        """ "Keep here" for a photo listed as maybe in the wrong folder (undoable)."""
        self.board.history.push(KeepCommand(self, [photo], group=False))

    def keep_group(self, group: CopyGroup) -> None:
        """ "Keep as they are" for a near-copy group (undoable)."""
        self.board.history.push(KeepCommand(self, list(group.photos), group=True))

    def move(self, photos: list[Path], target: str) -> None:
        """ "Move to …": the photos go into `target`'s folder (one undoable step)."""
        by_class: dict[str, list[Path]] = {}
        for photo in photos:
            name = self.board.class_of(photo)
            if name is not None and name != target:
                by_class.setdefault(name, []).append(photo)
        together = len(by_class) > 1
        if together:
            self.board.undo_stack.beginMacro(self.tr("move %n near-copies to '{name}'", "",
                                                     len(photos)).format(name=target))
        try:
            for name, group in by_class.items():
                self.board.sort(group, name, target)
        finally:
            if together:
                self.board.undo_stack.endMacro()

    def set_kept(self, photos: list[Path], group: bool, kept: bool) -> bool:
        """Remember (or forget) that `photos` stay as they are; False when it cannot be saved."""
        keys = {self.kept.key(p) for p in photos}
        chosen = self.kept.copies if group else self.kept.photos
        before = set(chosen)
        chosen.update(keys) if kept else chosen.difference_update(keys)
        try:
            self.kept.save()
        except OSError as error:
            chosen.clear()
            chosen.update(before)
            self.problem.emit(self.tr("What you chose to keep could not be saved: {reason}")
                              .format(reason=engine_text(str(error.strerror or error))))
            return False
        self._audited = None  # the lists are edited here: the next audit shows them anew
        if kept:  # off the list at once; the next audit agrees
            if group:
                self.groups = [g for g in self.groups if not set(g.photos) <= set(photos)]
            else:
                self.doubts = [d for d in self.doubts if d.photo not in set(photos)]
            self.changed.emit()
        self._timer.start()
        return True

    def shutdown(self) -> None:
        self._timer.stop()
        self._jobs.shutdown()

    # --- inside ----------------------------------------------------------------------------
    def _on_photos_changed(self) -> None:
        board = self.board
        if board.workspace is not None and board.workspace != self.kept.workspace:
            self.kept.open(kept_file(self.paths, board.workspace), board.workspace)
            self.doubts, self.groups = [], []
            self.changed.emit()
        self._timer.start()

    def run(self) -> None:
        """Audit the sorted photos whose features are known (in the background)."""
        if self._jobs.busy:
            self._again = True
            return
        self._again = False
        board, features = self.board, self.store.features
        names = [n for n in board.class_names if n in board.class_models]
        photos: list[tuple[Path, int]] = [
            (p, label) for label, name in enumerate(names)
            for p in board.class_models[name].photos if p in features]
        counts = np.bincount([label for _, label in photos], minlength=len(names))
        self.waiting = len(names) < 2 or int(counts.min()) < MIN_SORTED_PER_CLASS
        # While the Unsorted photos' features stream in, every batch asks again, about the
        # same sorted photos: the answer would be the same, and showing it rebuilds both
        # lists on the window's thread (a pause the person feels). So only what changed
        # is audited: the photos, their features and thumbnails, what is kept.
        audited = (self.waiting, tuple(photos), sum(p in self.store.thumbnails for p, _ in photos),
                   frozenset(self.kept.photos), frozenset(self.kept.copies))
        if audited == self._audited:
            return
        self._audited = audited
        if self.waiting:
            self._jobs.cancel()
            if self.doubts or self.groups:
                self.doubts, self.groups = [], []
            self.changed.emit()
            return
        # What the store knows of them, stacked in the job (off the window's thread).
        rows, layouts = known_rows(self.store, [p for p, _ in photos])
        labels = np.array([label for _, label in photos], dtype=np.int64)
        kept_photos = {i for i, (p, _) in enumerate(photos)
                       if self.kept.key(p) in self.kept.photos}
        kept_copies = {p for p, _ in photos if self.kept.key(p) in self.kept.copies}

        def job(_on_progress, should_stop):
            suspects, groups = audit_known(rows, layouts, labels, len(names), kept_photos)
            if should_stop():
                return None
            doubts = [Doubt(photos[s.index][0], names[s.given], names[s.suggested],
                            s.confidence) for s in suspects]
            found = [CopyGroup(tuple(photos[i][0] for i in g),
                               tuple(names[photos[i][1]] for i in g))
                     for g in groups if not {photos[i][0] for i in g} <= kept_copies]
            return doubts, found

        self._jobs.start(job, self._on_done, failure=self._on_failed)

    def _on_done(self, result) -> None:
        if self._again:  # asked again meanwhile: audit what is there now, if it changed
            audited = self._audited
            self.run()
            if self._jobs.busy or self._audited != audited:
                return
        if result is None:
            return
        self.doubts, self.groups = result
        self.changed.emit()

    def _on_failed(self, error: object) -> None:
        self._audited = None  # the next change tries again
        self.problem.emit(self.tr("The photos' folders could not be checked: {reason}").format(
            reason=engine_text(str(error))))
