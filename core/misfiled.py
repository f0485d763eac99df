"""Photos that may be in the wrong folder: out-of-sample probabilities and confident learning.

Each sorted photo is judged by a head (`core.suggest.train_head`) trained in k
folds on the other photos, never on itself; then the photos whose folder
disagrees most with what they look like are listed, with per-class thresholds
as confident learning (Northcutt, Jiang and Chuang, 2021) defines them: class
j's threshold is the mean probability of j over the photos filed in j, so a
large or easy class does not flood the list. Written from the paper's
definitions; no code from any library (cleanlab is AGPL). NumPy only.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass

import numpy as np

from core.suggest import DEFAULT_L2, as_features, train_head

DEFAULT_FOLDS = 5
# A class threshold is at most this: in a class the head is all but certain of (mean
# probability 0.98), a photo of it filed elsewhere at 0.97 is confidently that class
# too, though confident learning's mean alone would not count it.
MAX_THRESHOLD = 0.95


@dataclass(frozen=True)
class Suspect:
    """A sorted photo that looks like another class than its folder's."""

    index: int  # into the features and labels given
    given: int  # its folder's class
    suggested: int  # the class it looks like
    confidence: float  # out-of-sample probability of `suggested`
    self_confidence: float  # out-of-sample probability of `given`


def fold_of(labels: Sequence[int] | np.ndarray, folds: int = DEFAULT_FOLDS, *,
            groups: Sequence[object] | None = None, seed: int = 0) -> np.ndarray:
    """The fold of each photo, stratified by class; photos of one group share a fold.

    Near-copies in one group must share a fold: a copy in the training folds would
    vouch for its twin's label, right or wrong.
    """
    labels = np.asarray(labels, dtype=np.int64)
    keys = list(range(len(labels))) if groups is None else list(groups)
    if len(keys) != len(labels):
        raise ValueError(f"groups must have one entry per photo ({len(labels)}). "
                         f"Received: {len(keys)}")
    rng = np.random.default_rng(seed)
    members: dict[object, list[int]] = {}
    for index, key in enumerate(keys):
        members.setdefault(key, []).append(index)
    units = list(members.values())
    # Deal the units of each class (by their first photo's class) round-robin, in a
    # shuffled order, so that every fold gets its share of every class.
    result = np.zeros(len(labels), dtype=np.int64)
    by_class: dict[int, list[list[int]]] = {}
    for unit in units:
        by_class.setdefault(int(labels[unit[0]]), []).append(unit)
    offset = 0
    for label in sorted(by_class):
        class_units = by_class[label]
        for position, order in enumerate(rng.permutation(len(class_units))):
            result[class_units[order]] = (offset + position) % folds
        offset += len(class_units)  # the next class starts where this one stopped
    return result


def out_of_sample_probabilities(features: np.ndarray, labels: Sequence[int] | np.ndarray,
                                num_classes: int | None = None, *,
                                folds: int = DEFAULT_FOLDS,
                                groups: Sequence[object] | None = None, seed: int = 0,
                                l2: float = DEFAULT_L2,
                                trusted: np.ndarray | None = None) -> np.ndarray:
    """Probabilities ``(n, classes)`` of each photo from a head that never saw it.

    Args:
        features, labels, num_classes: as for `train_head`.
        folds: k of the k-fold (at most the number of photos).
        groups: a key per photo (for instance its near-copy group): photos with the
            same key are held out together.
        seed: which photos share a fold.
        trusted: a boolean mask; photos outside it are judged but never trained on.
    """
    features = as_features(features)
    labels = np.asarray(labels, dtype=np.int64)
    num_classes = int(labels.max()) + 1 if num_classes is None else int(num_classes)
    folds = max(2, min(int(folds), len(labels)))
    fold = fold_of(labels, folds, groups=groups, seed=seed)
    result = np.full((len(labels), num_classes), 1.0 / num_classes)
    for k in range(folds):
        held_out = fold == k
        learn = ~held_out if trusted is None else ~held_out & np.asarray(trusted, bool)
        if not held_out.any() or len(np.unique(labels[learn])) < 2:
            continue
        # Standardise on every photo: features carry no label, so nothing leaks.
        head = train_head(features[learn], labels[learn], num_classes, l2=l2,
                          standardise_with=features)
        result[held_out] = head.probabilities(features[held_out])
    return result


def class_thresholds(probabilities: np.ndarray, labels: Sequence[int] | np.ndarray
                     ) -> np.ndarray:
    """Per class, the mean probability of that class over the photos filed in it.

    At most `MAX_THRESHOLD`; a class without photos gets threshold 1 (no photo is
    pulled towards it).
    """
    probabilities = np.asarray(probabilities, dtype=np.float64)
    labels = np.asarray(labels, dtype=np.int64)
    thresholds = np.ones(probabilities.shape[1])
    for label in range(probabilities.shape[1]):
        mine = labels == label
        if mine.any():
            thresholds[label] = min(probabilities[mine, label].mean(), MAX_THRESHOLD)
    return thresholds


def find_suspects(probabilities: np.ndarray, labels: Sequence[int] | np.ndarray, *,
                  keep: Collection[int] = ()) -> list[Suspect]:
    """The photos that may be in the wrong folder, most suspicious first.

    Confident learning's count, then its choice, class by class: a photo counts
    as confidently another class's when, among the classes whose probability
    reaches that class's threshold (`class_thresholds`), the likeliest is not its
    folder's. If class i has n such photos, its n photos least sure of class i are
    the suspects (those that look likelier to be another class than their own).
    Counting per class keeps a large class from flooding the list, and the choice
    by self-confidence finds misfiled photos that fall just short of a threshold.
    The list is ordered by how much likelier the other class is (the margin).

    Args:
        probabilities: out-of-sample probabilities (`out_of_sample_probabilities`).
        labels: each photo's folder class.
        keep: indices the person chose to keep where they are ("Keep here"); they
            are never listed, and no other photo takes their place.
    """
    probabilities = np.asarray(probabilities, dtype=np.float64)
    labels = np.asarray(labels, dtype=np.int64)
    rows = np.arange(len(labels))
    thresholds = class_thresholds(probabilities, labels)
    reaching = probabilities >= thresholds[None, :] - 1e-12
    likeliest = np.where(reaching, probabilities, -1.0).argmax(axis=1)
    confidently_other = reaching.any(axis=1) & (likeliest != labels)
    own = probabilities[rows, labels]
    others = probabilities.copy()
    others[rows, labels] = -1.0
    best_other = others.argmax(axis=1)
    kept = {int(i) for i in keep}
    suspects = []
    for label in range(probabilities.shape[1]):
        mine = np.flatnonzero(labels == label)
        count = int(confidently_other[mine].sum())
        for i in mine[np.argsort(own[mine], kind="stable")[:count]]:
            suggested = int(likeliest[i] if confidently_other[i] else best_other[i])
            if probabilities[i, suggested] > own[i] and int(i) not in kept:
                suspects.append(Suspect(int(i), label, suggested,
                                        float(probabilities[i, suggested]), float(own[i])))
    suspects.sort(key=lambda s: (s.self_confidence - s.confidence, s.index))
    return suspects


def rank_suspects(features: np.ndarray, labels: Sequence[int] | np.ndarray,
                  num_classes: int | None = None, *, groups: Sequence[object] | None = None,
                  keep: Collection[int] = (), rounds: int = 2) -> list[Suspect]:
    """`find_suspects` on out-of-sample probabilities, in `rounds` rounds.

    After the first round the heads are trained again without the suspects, so
    misfiled photos no longer teach the heads that judge the others (on alpaca
    with 10 % misfiled, the second round lists fewer well-filed photos:
    benchmarks/bench_audit.py); a suspect of the first round that the new heads
    still judge likelier another class stays listed. Photos in `keep` always stay
    in training and are never listed.
    """
    labels = np.asarray(labels, dtype=np.int64)
    trusted = np.ones(len(labels), dtype=bool)
    suspects: list[Suspect] = []
    kept = {int(i) for i in keep}
    for _ in range(max(1, rounds)):
        probabilities = out_of_sample_probabilities(features, labels, num_classes,
                                                    groups=groups, trusted=trusted)
        earlier = suspects
        suspects = find_suspects(probabilities, labels, keep=keep)
        # A suspect of the round before stays one while the heads that no longer learn
        # from it still find another class likelier than its folder's: once it stops
        # vouching for itself its class's threshold rises, and may leave it just short.
        listed = {s.index for s in suspects}
        for s in earlier:
            if s.index in listed or s.index in kept:
                continue
            others = probabilities[s.index].copy()
            others[labels[s.index]] = -1.0
            best = int(others.argmax())
            own = float(probabilities[s.index, labels[s.index]])
            if probabilities[s.index, best] > own:
                suspects.append(Suspect(s.index, int(labels[s.index]), best,
                                        float(probabilities[s.index, best]), own))
        suspects.sort(key=lambda s: (s.self_confidence - s.confidence, s.index))
        trusted = np.ones(len(labels), dtype=bool)
        trusted[[s.index for s in suspects]] = False
    return suspects
