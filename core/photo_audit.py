"""Audit and suggest for a folder of class folders: the engine behind ``audit`` and ``suggest``.

`audit_features` and `suggest_labels` work on features the caller already has
(the app's cache); `audit_folder` and `suggest_for_photos` read a folder, compute
the features (`core.photo_features`, imported only then) and call them.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from core.dataset import SkippedFile, find_class_names, walk_files
from core.errors import DatasetError
from core.messages import QT_TRANSLATE_NOOP, say
from core.misfiled import Suspect, rank_suspects
from core.near_copies import groups_spanning_classes, near_copy_groups
from core.prediction import Prediction, collect_photos
from core.suggest import suggest
from core.train_config import DEFAULT_IMAGE_SIZE

# The app shows suggestions once every class has this many sorted photos; fewer
# still work from the command line, with a warning.
MIN_SORTED_PER_CLASS = 5


@dataclass(frozen=True)
class SortedPhoto:
    path: Path
    class_name: str
    label: int


@dataclass(frozen=True)
class Audit:
    """What an audit found: doubtful folders and near-copy groups, in indices into `photos`."""

    class_names: tuple[str, ...]
    photos: tuple[SortedPhoto, ...]
    suspects: tuple[Suspect, ...]
    near_copies: tuple[tuple[int, ...], ...]
    skipped: tuple[SkippedFile, ...] = ()

    @property
    def contradicting(self) -> tuple[tuple[int, ...], ...]:
        """The near-copy groups filed in two or more classes."""
        labels = [photo.label for photo in self.photos]
        return tuple(tuple(g) for g in groups_spanning_classes(self.near_copies, labels))

    def to_dict(self) -> dict:
        return {
            "suspects": [{
                "path": str(self.photos[s.index].path),
                "class": self.class_names[s.given],
                "suggested": self.class_names[s.suggested],
                "confidence": round(s.confidence, 6),
            } for s in self.suspects],
            "near_duplicates": [[str(self.photos[i].path) for i in group]
                                for group in self.near_copies],
            "near_duplicates_across_classes": [[str(self.photos[i].path) for i in group]
                                               for group in self.contradicting],
            "skipped": [{"path": str(s.path), "reason": s.reason} for s in self.skipped],
        }


def audit_features(features: np.ndarray, mirrored: np.ndarray | None,
                   labels: Sequence[int] | np.ndarray, num_classes: int, *,
                   thumbnails: np.ndarray | None = None, keep: Collection[int] = ()
                   ) -> tuple[list[Suspect], list[list[int]]]:
    """Suspects (most suspicious first) and near-copy groups (across classes first).

    Near-copies are held out together in the k-fold, so a copy never vouches for
    its twin's folder.
    """
    labels = np.asarray(labels, dtype=np.int64)
    groups = near_copy_groups(features, mirrored, thumbnails)
    group_of = list(range(len(labels)))
    for number, group in enumerate(groups):
        for index in group:
            group_of[index] = len(labels) + number
    suspects = rank_suspects(features, labels, num_classes, groups=group_of, keep=keep)
    spanning = {tuple(g) for g in groups_spanning_classes(groups, labels)}
    groups.sort(key=lambda g: tuple(g) not in spanning)  # stable: size order otherwise
    return suspects, groups


def suggest_labels(features_sorted: np.ndarray, labels: Sequence[int] | np.ndarray,
                   features_unsorted: np.ndarray, num_classes: int
                   ) -> tuple[np.ndarray, np.ndarray]:
    """The suggested class of each unsorted photo and its probability."""
    probabilities = suggest(features_sorted, labels, features_unsorted, num_classes)
    best = probabilities.argmax(axis=1) if len(probabilities) else np.zeros(0, np.int64)
    return best, probabilities[np.arange(len(best)), best]


def sorted_photos(root: str | Path) -> tuple[tuple[str, ...], list[SortedPhoto],
                                             list[SkippedFile]]:
    """The class folders of `root` and the files in them (not read yet), as the check lists them."""
    root = Path(root)
    names = find_class_names(root)
    photos: list[SortedPhoto] = []
    skipped: list[SkippedFile] = []
    for label, name in enumerate(names):
        for path, reason in walk_files(root / name):
            if reason is None:
                photos.append(SortedPhoto(path, name, label))
            else:
                skipped.append(SkippedFile(path, reason))
    return names, photos, skipped


def audit_folder(root: str | Path, *, image_size: int = DEFAULT_IMAGE_SIZE,
                 weights: str | os.PathLike | None = "imagenet",
                 on_progress: Callable | None = None,
                 should_stop: Callable[[], bool] | None = None) -> Audit:
    """Audit the class folders of `root`: photos that may be misfiled, and near-copies.

    Raises:
        DatasetError: fewer than two classes have readable photos.
    """
    from core.photo_features import pooled_features_and_thumbnails

    names, photos, skipped = sorted_photos(root)
    features, thumbnails, failures = pooled_features_and_thumbnails(
        [p.path for p in photos], image_size, on_progress, should_stop, weights=weights)
    skipped += [SkippedFile(path, reason) for path, reason in failures.items()]
    photos = [p for p in photos if p.path not in failures]
    _require_classes(root, names, photos, needed=2)
    suspects, groups = audit_features(features, None, [p.label for p in photos],
                                      len(names), thumbnails=thumbnails)
    return Audit(names, tuple(photos), tuple(suspects), tuple(tuple(g) for g in groups),
                 tuple(sorted(skipped, key=lambda s: str(s.path))))


def suggest_for_photos(root: str | Path, paths: Sequence[str | Path], *,
                       image_size: int = DEFAULT_IMAGE_SIZE,
                       weights: str | os.PathLike | None = "imagenet",
                       on_progress: Callable | None = None,
                       should_stop: Callable[[], bool] | None = None,
                       ) -> tuple[list[Prediction], list[str]]:
    """Suggested classes for the photos at `paths` (files or folders), learnt from `root`.

    Returns the answers in the order the photos were found (a file that cannot be
    read gets its reason) and warnings for the person (too few sorted photos).
    Photos of `root` that are also asked about are left out of what is learnt.

    Raises:
        DatasetError: `root` has fewer than two classes with readable photos.
    """
    from core.photo_features import pooled_features

    names, photos, _ = sorted_photos(root)
    items = collect_photos(paths)
    targets = [path for path, error in items if error is None]
    # A photo asked about is never learnt from: its own folder would answer for it.
    asked = {os.path.realpath(path) for path in targets}
    photos = [p for p in photos if os.path.realpath(p.path) not in asked]
    # One pass through the network for both: the model is loaded once, batches stay full.
    features, failures = pooled_features([p.path for p in photos] + targets, image_size,
                                         on_progress, should_stop, weights=weights)
    readable_sorted = [p for p in photos if p.path not in failures]
    _require_classes(root, names, readable_sorted, needed=len(names))
    readable_targets = [path for path in targets if path not in failures]
    sorted_features = features[:len(readable_sorted)]
    target_features = features[len(readable_sorted):]
    if not readable_targets:
        best, probability = np.zeros(0, np.int64), np.zeros(0)
    else:
        best, probability = suggest_labels(
            sorted_features, [p.label for p in readable_sorted], target_features, len(names))
    answer = dict(zip(readable_targets, zip(best, probability)))
    results = []
    for path, error in items:
        if error is None and path in failures:
            error = failures[path]
        if error is not None:
            results.append(Prediction(path, error=error))
        else:
            label, p = answer[path]
            results.append(Prediction(path, names[int(label)], float(p)))
    counts = {name: sum(p.class_name == name for p in readable_sorted) for name in names}
    few = [f"'{name}' ({count})" for name, count in counts.items()
           if count < MIN_SORTED_PER_CLASS]
    warnings = [say(QT_TRANSLATE_NOOP(
        "core", "Few sorted photos in {classes}: suggestions get better with {minimum} or more "
        "per class."), classes=", ".join(few), minimum=MIN_SORTED_PER_CLASS)] if few else []
    return results, warnings


def _require_classes(root, names: Sequence[str], photos: Sequence[SortedPhoto],
                     needed: int) -> None:
    present = {photo.class_name for photo in photos}
    if len(names) < 2:
        raise DatasetError(say(QT_TRANSLATE_NOOP(
            "core", "{root} needs at least two class folders with photos; found {count}."),
            root=root, count=len(names)))
    empty = [name for name in names if name not in present]
    if len(present) < 2 or (needed == len(names) and empty):
        raise DatasetError(say(QT_TRANSLATE_NOOP(
            "core", "Every class folder in {root} needs readable photos first; {names} has none.")
            if len(empty) == 1 else QT_TRANSLATE_NOOP(
            "core", "Every class folder in {root} needs readable photos first; {names} have none."),
            root=root, names=", ".join(repr(n) for n in empty)))
