"""The model helps sort: a small head on the photos' features suggests classes and doubts folders.

Everything here works on the frozen MobileNetV2's pooled features (1,280 numbers
per photo, `core.photo_features`), never on pixels, and needs NumPy only: a
softmax head trains in milliseconds, so a suggestion can follow every sort.

- `train_head` / `suggest`: an L2-regularised multinomial logistic regression on
  standardised features (Nesterov gradient descent, full batch).
- `out_of_sample_probabilities`: each sorted photo judged by a head trained in
  k folds on the other photos, never on itself.
- `find_suspects`: the sorted photos whose folder disagrees most with what they
  look like, with per-class thresholds as confident learning (Northcutt et al.,
  2021) defines them: class j's threshold is the mean probability of j over the
  photos filed in j, so a large or easy class does not flood the list. Written
  from the paper's definitions; no code from any library.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass

import numpy as np

# Regularisation of the head, as a weight on the mean squared weight (features
# standardised, then scaled by 1/sqrt(dim) so a photo's vector has length ~1). Measured
# by benchmarks/bench_audit.py: suggestions from 10 photos per class are flat between
# 1e-4 and 1e-1 (within 1.5 points); 5-fold log-loss is best at 1e-4..1e-3; finding
# misfiled photos is best at 1e-3 (flowers: 72 % found, 73 % of suspects right; at 3e-3,
# 69 % and 67 %), and 1e-4 needs three times the steps.
DEFAULT_L2 = 1e-3
DEFAULT_FOLDS = 5
MAX_STEPS = 400
# Relative size of the gradient at which the head counts as trained.
_TOLERANCE = 1e-4
_EPS = 1e-6


@dataclass(frozen=True)
class Head:
    """A trained softmax head: standardisation, weights and biases."""

    mean: np.ndarray  # (dim,)
    scale: np.ndarray  # (dim,) 1 / (std * sqrt(dim))
    weights: np.ndarray  # (dim, classes)
    bias: np.ndarray  # (classes,)
    steps: int = 0

    @property
    def num_classes(self) -> int:
        return int(self.bias.shape[0])

    def probabilities(self, features: np.ndarray) -> np.ndarray:
        """Class probabilities, shape ``(n, classes)``, for raw pooled features ``(n, dim)``."""
        features = _as_features(features, self.mean.shape[0])
        return _softmax(((features - self.mean) * self.scale) @ self.weights + self.bias)


@dataclass(frozen=True)
class Suspect:
    """A sorted photo that looks like another class than its folder's."""

    index: int  # into the features and labels given
    given: int  # its folder's class
    suggested: int  # the class it looks like
    confidence: float  # out-of-sample probability of `suggested`
    self_confidence: float  # out-of-sample probability of `given`


def train_head(features: np.ndarray, labels: Sequence[int] | np.ndarray,
               num_classes: int | None = None, *, l2: float = DEFAULT_L2,
               balanced: bool = True, standardise_with: np.ndarray | None = None) -> Head:
    """Train the softmax head on pooled features and their class labels.

    Args:
        features: ``(n, dim)`` pooled features of the sorted photos.
        labels: ``(n,)`` class indices in ``[0, num_classes)``.
        num_classes: default: ``max(labels) + 1``. A class without photos gets
            low probabilities everywhere.
        l2: regularisation (see `DEFAULT_L2`).
        balanced: weigh each class equally, however many photos it has, so the
            suggestions do not lean towards the class sorted first.
        standardise_with: features (for instance sorted + unsorted) whose mean and
            spread standardise the inputs; default: `features`.
    """
    labels = np.asarray(labels, dtype=np.int64)
    features = _as_features(features)
    if labels.shape != (features.shape[0],):
        raise ValueError(f"labels must have one entry per photo ({features.shape[0]}). "
                         f"Received: labels.shape={labels.shape}")
    if len(labels) == 0:
        raise ValueError("The head needs at least one sorted photo. Received: 0 photos")
    num_classes = int(labels.max()) + 1 if num_classes is None else int(num_classes)
    if num_classes < 2 or labels.min() < 0 or labels.max() >= num_classes:
        raise ValueError(f"labels must be in [0, num_classes) with num_classes >= 2. "
                         f"Received: num_classes={num_classes}, labels in "
                         f"[{labels.min()}, {labels.max()}]")
    if not l2 > 0:
        raise ValueError(f"l2 must be positive. Received: l2={l2}")
    reference = features if standardise_with is None else _as_features(
        standardise_with, features.shape[1])
    mean = reference.mean(axis=0)
    # Features that never vary (dead channels) get scale 0 rather than a huge one.
    std = reference.std(axis=0)
    scale = np.where(std > _EPS, 1.0 / np.maximum(std, _EPS), 0.0) / np.sqrt(features.shape[1])
    x = ((features - mean) * scale).astype(np.float32)
    weights_per_photo = _photo_weights(labels, num_classes, balanced)
    w, b, steps = _fit(x, labels, weights_per_photo, num_classes, l2)
    return Head(mean.astype(np.float32), scale.astype(np.float32), w, b, steps)


def suggest(features_sorted: np.ndarray, labels: Sequence[int] | np.ndarray,
            features_unsorted: np.ndarray, num_classes: int | None = None, *,
            l2: float = DEFAULT_L2) -> np.ndarray:
    """Class probabilities ``(m, classes)`` for unsorted photos, learnt from the sorted ones.

    The unsorted photos' features take part in the standardisation only (their
    spread says which differences matter), never as labels.
    """
    features_unsorted = _as_features(features_unsorted, _as_features(features_sorted).shape[1])
    both = np.concatenate([_as_features(features_sorted), features_unsorted])
    head = train_head(features_sorted, labels, num_classes, l2=l2, standardise_with=both)
    return head.probabilities(features_unsorted)


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
    features = _as_features(features)
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

    A class without photos gets threshold 1 (no photo is pulled towards it).
    """
    probabilities = np.asarray(probabilities, dtype=np.float64)
    labels = np.asarray(labels, dtype=np.int64)
    thresholds = np.ones(probabilities.shape[1])
    for label in range(probabilities.shape[1]):
        mine = labels == label
        if mine.any():
            thresholds[label] = probabilities[mine, label].mean()
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
    benchmarks/bench_audit.py). Photos in `keep` always stay in training.
    """
    labels = np.asarray(labels, dtype=np.int64)
    trusted = np.ones(len(labels), dtype=bool)
    suspects: list[Suspect] = []
    for _ in range(max(1, rounds)):
        probabilities = out_of_sample_probabilities(features, labels, num_classes,
                                                    groups=groups, trusted=trusted)
        suspects = find_suspects(probabilities, labels, keep=keep)
        trusted = np.ones(len(labels), dtype=bool)
        trusted[[s.index for s in suspects]] = False
    return suspects


# -- fitting ---------------------------------------------------------------------------------
def _fit(x: np.ndarray, labels: np.ndarray, photo_weights: np.ndarray, num_classes: int,
         l2: float) -> tuple[np.ndarray, np.ndarray, int]:
    """Nesterov's accelerated gradient on the weighted, L2-regularised cross-entropy.

    Strongly convex, so a fixed step 1/L and momentum from the condition number
    converge fast; L bounds the curvature: softmax's is at most 1/2 per unit of
    the weighted inputs' largest eigenvalue (estimated by power iteration).
    """
    n, dim = x.shape
    targets = np.zeros((n, num_classes), dtype=np.float32)
    targets[np.arange(n), labels] = 1.0
    pw = (photo_weights / photo_weights.sum()).astype(np.float32)[:, None]
    curvature = 0.5 * _largest_eigenvalue(x, pw[:, 0]) + l2
    step = 1.0 / curvature
    root = np.sqrt(curvature / l2)
    momentum = (root - 1.0) / (root + 1.0)
    # The bias is not regularised; its curvature is at most 1/2 too.
    bias_step = min(step, 2.0)
    w = np.zeros((dim, num_classes), dtype=np.float32)
    b = np.log(np.maximum(pw[:, 0] @ targets, 1e-3)).astype(np.float32)
    w_ahead, b_ahead = w.copy(), b.copy()
    start_norm = None
    steps = 0
    for steps in range(1, MAX_STEPS + 1):  # noqa: B007 (the count is returned)
        error = (_softmax(x @ w_ahead + b_ahead) - targets) * pw
        grad_w = x.T @ error + l2 * w_ahead
        grad_b = error.sum(axis=0)
        norm = float(np.sqrt((grad_w ** 2).sum() + (grad_b ** 2).sum()))
        start_norm = start_norm or max(norm, 1e-12)
        w_next = w_ahead - step * grad_w
        b_next = b_ahead - bias_step * grad_b
        w_ahead = w_next + momentum * (w_next - w)
        b_ahead = b_next + momentum * (b_next - b)
        w, b = w_next, b_next
        if norm < _TOLERANCE * start_norm:
            break
    return w.astype(np.float32), b.astype(np.float32), steps


def _largest_eigenvalue(x: np.ndarray, photo_weights: np.ndarray, rounds: int = 12) -> float:
    weighted = x * np.sqrt(photo_weights)[:, None]
    vector = np.random.default_rng(0).standard_normal(x.shape[1]).astype(np.float32)
    value = 0.0
    for _ in range(rounds):
        product = weighted.T @ (weighted @ vector)
        value = float(np.linalg.norm(product))
        if value == 0.0:
            return 1e-6
        vector = product / value
    return value * 1.05  # power iteration approaches from below: a little margin


def _photo_weights(labels: np.ndarray, num_classes: int, balanced: bool) -> np.ndarray:
    if not balanced:
        return np.ones(len(labels))
    counts = np.bincount(labels, minlength=num_classes).astype(np.float64)
    return 1.0 / counts[labels]


def _softmax(logits: np.ndarray) -> np.ndarray:
    shifted = logits - logits.max(axis=1, keepdims=True)
    exp = np.exp(shifted)
    return exp / exp.sum(axis=1, keepdims=True)


def _as_features(features, dim: int | None = None) -> np.ndarray:
    array = np.asarray(features, dtype=np.float32)
    if array.ndim != 2 or (dim is not None and array.shape[1] != dim):
        expected = f"(n, {dim})" if dim is not None else "(n, dim)"
        raise ValueError(f"features must have shape {expected}. Received: shape={array.shape}")
    if not np.isfinite(array).all():
        raise ValueError("features must be finite numbers. Received: NaN or infinity")
    return array
