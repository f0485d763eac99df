"""Checking a folder of class folders before anything trains on it.

Every file is opened with Pillow up front, so training never dies halfway on a
bad photo: what cannot be read is listed with its reason and left out.
"""

from __future__ import annotations

import errno
import hashlib
import os
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from functools import cached_property
from pathlib import Path

import numpy as np

from core.errors import DatasetError, ImageError
from core.images import CHECK_SIZE, is_ignored_name
from core.messages import QT_TRANSLATE_NOOP, say
from core.photo_cache import cache_dir, checked_photo
from core.photo_check import (
    SHARED_BUDGET,
    PixelBudget,
    decoded_pixels,
    default_workers,
    map_bounded,
)

DEFAULT_CLASS_NAMES = ("alpaca", "not alpaca")
FEW_PHOTOS = 20
MIN_PHOTOS_TO_TRAIN = 2
IMBALANCE_RATIO = 1.5


@dataclass(frozen=True)
class Photo:
    path: Path
    class_name: str
    label: int
    digest: str


@dataclass(frozen=True)
class SkippedFile:
    path: Path
    reason: str


@dataclass(frozen=True)
class CheckProgress:
    done: int
    total: int
    path: Path


@dataclass(frozen=True)
class DatasetReport:
    """What a dataset check found: the readable photos, what was skipped and why, warnings."""

    root: Path
    class_names: tuple[str, ...]
    photos: tuple[Photo, ...]
    skipped: tuple[SkippedFile, ...]
    duplicates: tuple[tuple[Path, ...], ...]
    warnings: tuple[str, ...]
    image_size: int | None = None
    # The decoded photos at `image_size`, in the order of `photos`, when asked for
    # (``keep_images``): training reuses them so that every photo is decoded once per run.
    # Without them a report with `image_size` has its pixels in the photo cache.
    images: np.ndarray | None = field(default=None, repr=False, compare=False)

    @property
    def counts(self) -> dict[str, int]:
        return dict(self._counts)

    @property
    def distinct_counts(self) -> dict[str, int]:
        """Photos per class with exact copies counted once (same content digest)."""
        return dict(self._distinct_counts)

    # Counted once per report: the window asks again at every repaint of a summary, and
    # thousands of photos made each question cost a pass over all of them.
    @cached_property
    def _counts(self) -> dict[str, int]:
        counts = dict.fromkeys(self.class_names, 0)
        for photo in self.photos:
            counts[photo.class_name] += 1
        return counts

    @cached_property
    def _distinct_counts(self) -> dict[str, int]:
        digests: dict[str, set[str]] = {name: set() for name in self.class_names}
        for photo in self.photos:
            digests[photo.class_name].add(photo.digest)
        return {name: len(found) for name, found in digests.items()}

    @property
    def labels(self) -> np.ndarray:
        return np.array([photo.label for photo in self.photos], dtype=np.int64)

    @property
    def fingerprint(self) -> str:
        """Changes when any photo is added, removed, renamed, edited or moved to another class."""
        digest = hashlib.sha256()
        for photo in sorted(self.photos, key=lambda p: (p.class_name, str(p.path))):
            relative = photo.path.relative_to(self.root).as_posix()
            # surrogateescape: a name that is not UTF-8 counts with its exact bytes.
            digest.update(f"{photo.class_name}\0{relative}\0{photo.digest}\n".encode(
                "utf-8", "surrogateescape"))
        return digest.hexdigest()

    def problems_for_training(self) -> list[str]:
        """Reasons this dataset cannot be trained on; empty when it can."""
        problems = []
        if len(self.class_names) < 2:
            problems.append(say(QT_TRANSLATE_NOOP(
                "core", "Training needs at least two class folders in {root}; found {count}."),
                root=self.root, count=len(self.class_names)))
        distinct = self.distinct_counts
        for name, count in self.counts.items():
            if distinct[name] >= MIN_PHOTOS_TO_TRAIN:
                continue
            if distinct[name] == count:
                problems.append(say(QT_TRANSLATE_NOOP(
                    "core", "Class '{name}' has {count} readable photo; at least {minimum} are "
                    "needed to train.") if count == 1 else QT_TRANSLATE_NOOP(
                    "core", "Class '{name}' has {count} readable photos; at least {minimum} are "
                    "needed to train."), name=name, count=count, minimum=MIN_PHOTOS_TO_TRAIN))
            else:
                # Copies always land on the same side of the split, so a photo stored
                # twice cannot be both trained on and validated on.
                which = (QT_TRANSLATE_NOOP("core", "they are all copies of the same photo")
                         if distinct[name] == 1 else say(QT_TRANSLATE_NOOP(
                             "core", "only {count} of them are different"),
                             count=distinct[name]))
                problems.append(say(QT_TRANSLATE_NOOP(
                    "core", "Class '{name}' has {count} readable photos, but {which}, and copies "
                    "of the same photo count once; at least {minimum} different photos are "
                    "needed to train."), name=name, count=count, which=which,
                    minimum=MIN_PHOTOS_TO_TRAIN))
        return problems

    def to_dict(self) -> dict:
        return {
            "root": str(self.root),
            "classes": list(self.class_names),
            "counts": self.counts,
            "distinct_counts": self.distinct_counts,
            "total": len(self.photos),
            "skipped": [{"path": str(s.path), "reason": s.reason} for s in self.skipped],
            "duplicates": [[str(p) for p in group] for group in self.duplicates],
            "warnings": list(self.warnings),
            "fingerprint": self.fingerprint,
        }


def find_class_names(root: str | Path) -> tuple[str, ...]:
    """The class folders of `root`, sorted by name (label 0 is the first)."""
    root = Path(root)
    if not root.is_dir():
        raise DatasetError(say(QT_TRANSLATE_NOOP(
            "core", "The folder {root} does not exist or is not a folder."), root=root))
    try:
        entries = list(os.scandir(root))
    except PermissionError as error:
        raise DatasetError(say(QT_TRANSLATE_NOOP(
            "core", "The folder {root} cannot be read: permission denied."), root=root)) from error
    return tuple(sorted(
        entry.name for entry in entries
        if not is_ignored_name(entry.name) and _is_dir(entry)))


def check_dataset(
    root: str | Path,
    class_names: Sequence[str] | None = None,
    *,
    image_size: int | None = None,
    on_progress: Callable[[CheckProgress], None] | None = None,
    should_stop: Callable[[], bool] | None = None,
    workers: int | None = None,
    budget: PixelBudget | None = None,
    keep_images: bool = True,
) -> DatasetReport:
    """Open every file under each class folder of `root` and report what can be trained on.

    Args:
        root: a folder with one subfolder per class.
        class_names: the classes to use, in label order; default: every subfolder, sorted.
        image_size: also keep every readable photo decoded at this square size
            (``report.images``), so training does not decode it again.
        on_progress: called after each file, in order, with a `CheckProgress`.
        should_stop: polled while waiting for each file; when true, no new file is
            opened and `TrainingCancelled` is raised once the files being decoded end.
        workers: decoding threads (Pillow decodes without holding the GIL); default
            one per core, at most `core.photo_check.MAX_WORKERS`.
        budget: the pixels that may be decoded at once; default the process's one
            budget, shared by every check running at the same time.
        keep_images: with `image_size`, False decodes each photo at that size into the
            persistent cache only (training reads it back a batch at a time,
            `core.streaming`): memory then stays the same however many photos there are.
    """
    root = Path(root)
    names = tuple(class_names) if class_names is not None else find_class_names(root)
    if class_names is not None:
        missing = [name for name in names if not (root / name).is_dir()]
        if missing:
            raise DatasetError(say(QT_TRANSLATE_NOOP(
                "core", "Class folder(s) not found in {root}: {names}."),
                root=root, names=", ".join(missing)))
    candidates: list[tuple[Path, str, int]] = []
    skipped: list[SkippedFile] = []
    for label, name in enumerate(names):
        for path, reason in walk_files(root / name):
            if reason is None:
                candidates.append((path, name, label))
            else:
                skipped.append(SkippedFile(path, reason))

    # Decode-and-drop on a bounded pool (`core.photo_check`): memory stays flat
    # however many cores, and a cancel waits for at most one photo per thread.
    budget = SHARED_BUDGET if budget is None else budget
    # Pixels nobody keeps and no cache can hold would be decoded for nothing: only check.
    decode_size = image_size if keep_images or cache_dir() is not None else None
    target = (decode_size, decode_size) if decode_size else CHECK_SIZE

    def inspect(item: tuple[Path, str, int]):
        path = item[0]
        try:
            with budget.hold(decoded_pixels(path, target)):
                # Through the photo cache: bytes decoded before are not decoded again.
                digest, array = checked_photo(path, decode_size)
            return digest, array, None
        except ImageError as error:
            return None, None, error.reason
        except OSError as error:  # the file vanished or became unreadable between steps
            return None, None, say(QT_TRANSLATE_NOOP(
                "core", "the file cannot be read ({detail})"), detail=error.strerror or error)

    photos: list[Photo] = []
    arrays: list[np.ndarray] = []
    results = map_bounded(inspect, candidates, workers=workers or default_workers(),
                          should_stop=should_stop)
    try:
        for done, (item, (digest, array, reason)) in enumerate(results, 1):
            path, name, label = item
            if reason is not None:
                skipped.append(SkippedFile(path, reason))
            else:
                photos.append(Photo(path, name, label, digest))
                if array is not None and keep_images:
                    arrays.append(array)
            if on_progress is not None:
                on_progress(CheckProgress(done, len(candidates), path))
    finally:
        results.close()  # now, not when collected: the pool stops with the check

    duplicates = _duplicate_groups(photos)
    report = DatasetReport(
        root=root,
        class_names=names,
        photos=tuple(photos),
        skipped=tuple(sorted(skipped, key=lambda s: str(s.path))),
        duplicates=duplicates,
        warnings=(),
        image_size=image_size,
        images=np.stack(arrays) if arrays else (
            np.zeros((0, image_size, image_size, 3), np.uint8)
            if image_size and keep_images else None),
    )
    return _with_warnings(report)


def walk_files(folder: Path):
    """Yield ``(path, None)`` for each candidate photo, ``(path, reason)`` for unusable entries.

    Follows symbolic links to folders but never visits a folder twice, so link
    loops end; a folder whose name looks like a photo (``x.jpg/``) is walked as a folder.
    """
    seen: set[tuple[int, int]] = set()
    stack = [folder]
    while stack:
        current = stack.pop()
        try:
            info = current.stat()
        except OSError as error:
            yield current, say(QT_TRANSLATE_NOOP(
                "core", "this folder cannot be opened ({detail})"), detail=error.strerror)
            continue
        key = (info.st_dev, info.st_ino)
        if key in seen:
            continue
        seen.add(key)
        try:
            entries = sorted(os.scandir(current), key=lambda e: e.name)
        except OSError as error:
            yield current, say(QT_TRANSLATE_NOOP(
                "core", "this folder cannot be read ({detail})"), detail=error.strerror)
            continue
        subfolders = []
        for entry in entries:
            if is_ignored_name(entry.name):
                continue
            path = Path(entry.path)
            try:
                if entry.is_dir():  # follows links
                    subfolders.append(path)
                    continue
                if not entry.is_file():
                    if entry.is_symlink():
                        yield path, _broken_link_reason(path)
                    else:
                        yield path, QT_TRANSLATE_NOOP("core", "not a regular file")
                    continue
            except OSError as error:
                if entry.is_symlink():
                    yield path, _broken_link_reason(path)
                else:
                    yield path, say(QT_TRANSLATE_NOOP(
                        "core", "this entry cannot be read ({detail})"), detail=error.strerror)
                continue
            yield path, None
        stack.extend(reversed(subfolders))


def _broken_link_reason(path: Path) -> str:
    try:
        path.stat()
    except OSError as error:
        if error.errno == errno.ELOOP:
            return QT_TRANSLATE_NOOP("core",
                                     "a shortcut (symbolic link) that points back to itself")
        return QT_TRANSLATE_NOOP("core", "a shortcut (symbolic link) whose target no longer exists")
    return QT_TRANSLATE_NOOP("core", "not a regular file")


def _is_dir(entry: os.DirEntry) -> bool:
    try:
        return entry.is_dir()
    except OSError:
        return False


def _duplicate_groups(photos: Sequence[Photo]) -> tuple[tuple[Path, ...], ...]:
    by_digest: dict[str, list[Path]] = defaultdict(list)
    for photo in photos:
        by_digest[photo.digest].append(photo.path)
    return tuple(tuple(paths) for paths in by_digest.values() if len(paths) > 1)


# A class with few different photos, by (one different photo?, one copy?): English's plurals.
_FEW_DIFFERENT = {
    (True, True): QT_TRANSLATE_NOOP(
        "core", "Class '{name}' has only {different} different photo ({count} with {copies} "
        "exact copy, which count once); {minimum} or more different photos per class give much "
        "better results."),
    (True, False): QT_TRANSLATE_NOOP(
        "core", "Class '{name}' has only {different} different photo ({count} with {copies} "
        "exact copies, which count once); {minimum} or more different photos per class give "
        "much better results."),
    (False, True): QT_TRANSLATE_NOOP(
        "core", "Class '{name}' has only {different} different photos ({count} with {copies} "
        "exact copy, which count once); {minimum} or more different photos per class give much "
        "better results."),
    (False, False): QT_TRANSLATE_NOOP(
        "core", "Class '{name}' has only {different} different photos ({count} with {copies} "
        "exact copies, which count once); {minimum} or more different photos per class give "
        "much better results."),
}


def _with_warnings(report: DatasetReport) -> DatasetReport:
    warnings: list[str] = []
    counts = report.counts
    distinct = report.distinct_counts
    if len(report.class_names) < 2:
        warnings.append(say(QT_TRANSLATE_NOOP(
            "core", "Found {count} class folder(s); training needs at least two."),
            count=len(report.class_names)))
    for name, count in counts.items():
        different = distinct[name]
        if different >= FEW_PHOTOS:
            continue
        if different == count:
            warnings.append(say(QT_TRANSLATE_NOOP(
                "core", "Class '{name}' has only {count} photo; {minimum} or more per class give "
                "much better results.") if count == 1 else QT_TRANSLATE_NOOP(
                "core", "Class '{name}' has only {count} photos; {minimum} or more per class give "
                "much better results."), name=name, count=count, minimum=FEW_PHOTOS))
        else:
            copies = count - different
            warnings.append(say(_FEW_DIFFERENT[different == 1, copies == 1], name=name,
                                different=different, count=count, copies=copies,
                                minimum=FEW_PHOTOS))
    nonzero = {name: count for name, count in counts.items() if count}
    if len(nonzero) >= 2:
        big = max(nonzero, key=nonzero.get)
        small = min(nonzero, key=nonzero.get)
        if nonzero[big] > IMBALANCE_RATIO * nonzero[small]:
            warnings.append(say(QT_TRANSLATE_NOOP(
                "core", "The classes are unbalanced: '{big}' has {big_count} photos, '{small}' "
                "only {small_count} ({ratio}×). The model may favour the larger class."),
                big=big, big_count=nonzero[big], small=small, small_count=nonzero[small],
                ratio=f"{nonzero[big] / nonzero[small]:.1f}"))
    label_of = {photo.path: photo.class_name for photo in report.photos}
    for group in report.duplicates:
        classes = sorted({label_of[path] for path in group})
        if len(classes) > 1:
            warnings.append(say(QT_TRANSLATE_NOOP(
                "core", "The same photo is in several classes ({classes}): {paths}"),
                classes=", ".join(classes), paths=", ".join(str(p) for p in group)))
    extra = sum(len(group) - 1 for group in report.duplicates)
    if extra:
        warnings.append(say(QT_TRANSLATE_NOOP(
            "core", "{count} photo is an exact copy of another; copies add nothing to training.")
            if extra == 1 else QT_TRANSLATE_NOOP(
            "core", "{count} photos are an exact copy of another; copies add nothing to "
            "training."), count=extra))
    if report.skipped:
        warnings.append(say(QT_TRANSLATE_NOOP(
            "core", "{count} file cannot be read and will be left out (see the list of skipped "
            "files).") if len(report.skipped) == 1 else QT_TRANSLATE_NOOP(
            "core", "{count} files cannot be read and will be left out (see the list of skipped "
            "files)."), count=len(report.skipped)))
    return replace(report, warnings=tuple(warnings))
