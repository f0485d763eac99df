"""Splitting photos into training and validation: seeded, stratified, and stable.

Each photo's side is decided by a hash of the seed and the photo's *content*,
never by its position in a list, so a photo keeps its side when other photos are
added or removed, when it is renamed, and exact copies always land together
(a copy in training and its twin in validation would flatter the score). Given
the near-copy groups (`core.near_copies`), each group lands on one side too:
training finds them from the photos' features before it splits (`core.training`).
"""

from __future__ import annotations

import hashlib
from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import numpy as np

from core.dataset import Photo
from core.errors import DatasetError
from core.messages import QT_TRANSLATE_NOOP, say
from core.train_config import DEFAULT_SEED, DEFAULT_VALIDATION_SPLIT


@dataclass(frozen=True)
class Split:
    train: np.ndarray  # indices into the photo list
    validation: np.ndarray


def split_dataset(photos: Sequence[Photo], validation_split: float = DEFAULT_VALIDATION_SPLIT,
                  seed: int = DEFAULT_SEED, *,
                  near_copies: Mapping[str, str] | None = None) -> Split:
    """Split `photos` into training and validation indices.

    A photo goes to validation when its hash score is below `validation_split`.
    Within each class the share is therefore `validation_split` on average;
    so that no class goes unvalidated, a class of two or more distinct photos
    that the hash would leave without one gives its lowest-scoring photo to
    validation (and keeps its highest-scoring one in training the other way
    round). Only that rescue, in classes too small to have a validation photo
    by chance, can move a photo when others are added.

    Args:
        photos: the photos, each with its content digest.
        validation_split: the share kept aside for validation, in (0, 1).
        seed: which photos are kept aside.
        near_copies: digest → near-copy group key (`core.near_copies.near_copy_keys`):
            the photos of a group share the group's score and always land on one
            side, even when they are filed in different classes (the rescue moves
            a whole group too). Photos not in it are scored by their own digest.
    """
    if not 0.0 < validation_split < 1.0:
        raise ValueError("validation_split must be between 0 and 1 (exclusive). "
                         f"Received: validation_split={validation_split}")
    keys = near_copies or {}
    # Exact copies share a digest, near-copies a group key, and so a score and a side.
    groups: dict[str, dict[str, list[int]]] = defaultdict(lambda: defaultdict(list))
    for index, photo in enumerate(photos):
        groups[photo.class_name][keys.get(photo.digest, photo.digest)].append(index)
    scores = {key: _score(key, seed) for by_key in groups.values() for key in by_key}
    held = {key for key, score in scores.items() if score < validation_split}
    for by_key in groups.values():
        val = [k for k in by_key if k in held]
        kept = [k for k in by_key if k not in held]
        if len(by_key) >= 2 and not val:
            held.add(min(kept, key=scores.get))
        elif len(by_key) >= 2 and not kept:
            held.discard(max(val, key=scores.get))
    train = [i for by_key in groups.values() for k, rows in by_key.items() if k not in held
             for i in rows]
    validation = [i for by_key in groups.values() for k, rows in by_key.items() if k in held
                  for i in rows]
    return Split(np.array(sorted(train), dtype=np.int64),
                 np.array(sorted(validation), dtype=np.int64))


def require_both_sides(photos: Sequence[Photo], split: Split,
                       class_names: Sequence[str]) -> None:
    """Raise `DatasetError` unless every class has a training and a validation photo.

    Training on a class it cannot learn from, or scoring it on no photos at all,
    gives a model and a score that mean nothing; `split_dataset` always gives both
    sides to a class of two or more distinct photos, so this names what went wrong
    when a dataset reaches training without them.
    """
    sides: dict[str, set[str]] = {name: set() for name in class_names}
    for side, indices in (("training", split.train), ("validation", split.validation)):
        for index in indices:
            sides.setdefault(photos[index].class_name, set()).add(side)
    problems = []
    for name, found in sides.items():
        missing = [side for side in ("training", "validation") if side not in found]
        if not missing:
            continue
        class_photos = [photo for photo in photos if photo.class_name == name]
        distinct = len({photo.digest for photo in class_photos})
        side = _SIDES[" or ".join(missing)]
        if distinct == 1 and len(class_photos) > 1:
            problems.append(say(QT_TRANSLATE_NOOP(
                "core", "Class '{name}' has no photo left for {side}: its {count} photos are "
                "copies of the same photo, and copies always stay on the same side. Add more "
                "different photos to '{name}'."), name=name, side=side, count=len(class_photos)))
        else:
            problems.append(say(QT_TRANSLATE_NOOP(
                "core", "Class '{name}' has no photo left for {side}. Add more different photos "
                "to '{name}'."), name=name, side=side))
    if not problems and not (len(split.train) and len(split.validation)):
        empty = _SIDES["training" if not len(split.train) else "validation"]
        problems.append(say(QT_TRANSLATE_NOOP(
            "core", "No photo is left for {side}. Add more different photos."), side=empty))
    if problems:
        raise DatasetError(" ".join(problems))


# The side(s) a class has no photo on, as the sentences above say them.
_SIDES = {"training": QT_TRANSLATE_NOOP("core", "training"),
          "validation": QT_TRANSLATE_NOOP("core", "validation"),
          "training or validation": QT_TRANSLATE_NOOP("core", "training or validation")}


def _score(digest: str, seed: int) -> float:
    value = hashlib.sha256(f"{seed}:{digest}".encode()).digest()
    return int.from_bytes(value[:8], "big") / 2**64
