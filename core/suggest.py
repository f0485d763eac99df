"""The model helps sort: a small head on the photos' features suggests a class for each photo.

Everything here works on the frozen MobileNetV2's pooled features (1,280 numbers
per photo, `core.photo_features`), never on pixels, and needs NumPy only: the
head, an L2-regularised multinomial logistic regression on standardised features
(Nesterov's accelerated gradient, full batch), trains in milliseconds, so a
suggestion can follow every sort. `core.misfiled` uses the same head to doubt
the folders of photos already sorted.

`suggest` also looks at the Unsorted photos themselves: their labels spread from
the sorted photos along a graph of nearest neighbours (label propagation, Zhou et
al. 2004, written from the paper), and the head's answer is blended with it, so a
photo like other unsorted photos that are like a class's sorted ones follows them.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

# Regularisation of the head, as a weight on the mean squared weight (features
# standardised, then scaled by 1/sqrt(dim) so a photo's vector has length ~1). Measured
# by benchmarks/bench_audit.py: suggestions from 10 photos per class are flat between
# 1e-4 and 1e-1 (within 1.5 points); 5-fold log-loss is best at 1e-4..1e-3; finding
# misfiled photos is best at 1e-3 (flowers: 72 % found, 73 % of suspects right; at 3e-3,
# 69 % and 67 %), and 1e-4 needs three times the steps.
DEFAULT_L2 = 1e-3
MAX_STEPS = 400
# Label propagation (`propagate`). Measured by benchmarks/bench_suggest.py (10 photos
# per class sorted, 10 picks, both shared sets, 160 and 224 px): 10 neighbours and
# alpha 0.8 lift both sets by 2-4 points when blended with the head, with the
# sure answers as right as the head's; 20 neighbours or alpha 0.9 are as good but
# flatten the probabilities, so fewer photos reach "sure"; alpha 0.99 is worse.
NEIGHBOURS = 10
ALPHA = 0.8
PROPAGATION_ROUNDS = 30  # 0.8 ** 30 < 0.1 %: the rest cannot change an answer
# A graph of more photos (sorted + unsorted) costs too much to follow every sort
# (the nearest neighbours compare every photo with every other): the head alone
# then. Measured (benchmarks/bench_suggest.py, 2 shared cores at load 2-4): 1,000
# Unsorted photos answered in 90-180 ms (the head alone: 25-55 ms), 2,000 in 190 ms.
MAX_GRAPH_PHOTOS = 2000
# The graph compares at most this many numbers at once (rows × photos), for memory.
_BLOCK_NUMBERS = 4_000_000
# Relative size of the gradient at which the head counts as trained.
_TOLERANCE = 1e-4
_EPS = 1e-6
# Added to the neighbours' share of every class before it is blended with the head.
_VOTE_FLOOR = 0.1


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
        features = as_features(features, self.mean.shape[0])
        return _softmax(((features - self.mean) * self.scale) @ self.weights + self.bias)


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
    features = as_features(features)
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
    reference = features if standardise_with is None else as_features(
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
            l2: float = DEFAULT_L2, neighbours: bool = True) -> np.ndarray:
    """Class probabilities ``(m, classes)`` for unsorted photos, learnt from the sorted ones.

    The head is trained on the sorted photos; the unsorted photos' features take
    part in its standardisation (their spread says which differences matter). With
    `neighbours` (and at most `MAX_GRAPH_PHOTOS` photos in all), the answer is the
    normalised geometric mean of the head's and of `propagate`'s (each class's share
    raised by `_VOTE_FLOOR`), which follows the unsorted photos' own
    neighbourhoods: from 10 sorted photos per class, 2-4 points more of them right
    on the shared sets, and the sure ones more often right.
    """
    features_sorted = as_features(features_sorted)
    features_unsorted = as_features(features_unsorted, features_sorted.shape[1])
    both = np.concatenate([features_sorted, features_unsorted])
    head = train_head(features_sorted, labels, num_classes, l2=l2, standardise_with=both)
    probabilities = head.probabilities(features_unsorted)
    if not neighbours or not len(features_unsorted) or len(both) > MAX_GRAPH_PHOTOS:
        return probabilities
    spread = propagate(features_sorted, labels, features_unsorted, head.num_classes)
    reached = spread.sum(axis=1) > 0
    # The neighbours' vote never says less than a few % for a class: alone it cannot make
    # a photo the head is unsure of sure (a photo is >= 90 % sure only where the head is
    # >= 88 % sure and its neighbours agree, two classes); with 0.1 the shared sets' sure
    # answers are 99.6 % right (head alone: 96.8 %), as many right in all as with 0.
    spread = (spread + _VOTE_FLOOR) / (1.0 + head.num_classes * _VOTE_FLOOR)
    blended = np.sqrt(probabilities * spread)
    blended /= blended.sum(axis=1, keepdims=True)
    # A photo no sorted photo's labels reached (cut off in the graph) keeps the head's answer.
    blended[~reached] = probabilities[~reached]
    return blended.astype(np.float32)


def propagate(features_sorted: np.ndarray, labels: Sequence[int] | np.ndarray,
              features_unsorted: np.ndarray, num_classes: int | None = None, *,
              neighbours: int = NEIGHBOURS, alpha: float = ALPHA) -> np.ndarray:
    """Labels spread from the sorted photos to the unsorted ones along nearest neighbours.

    Every photo (sorted and unsorted) is linked to its `neighbours` most similar
    ones (cosine of the features centred on all photos' mean), both ways, weighted
    by that similarity; each class's sorted photos (weighed so that every class
    counts alike) then spread their label along the links, each step keeping
    `alpha` of it: ``F = alpha * S @ F + Y`` with ``S = D^-1/2 W D^-1/2``.

    Returns:
        ``(m, classes)``: each unsorted photo's share of each class's label, rows
        summing to 1, or all 0 for a photo no label reached.
    """
    labels = np.asarray(labels, dtype=np.int64)
    features_sorted = as_features(features_sorted)
    features_unsorted = as_features(features_unsorted, features_sorted.shape[1])
    num_classes = int(labels.max()) + 1 if num_classes is None else int(num_classes)
    x = np.concatenate([features_sorted, features_unsorted])
    x = x - x.mean(axis=0)
    x /= np.maximum(np.linalg.norm(x, axis=1, keepdims=True), 1e-12)
    n = len(x)
    k = min(int(neighbours), n - 1)
    if k < 1:
        return np.zeros((len(features_unsorted), num_classes), np.float32)
    nearest, similarity = _nearest(x, k)
    weight = np.maximum(similarity, 0.0)
    rows = np.repeat(np.arange(n), k)
    # The graph as links both ways: a photo's neighbour has the photo as neighbour too.
    source = np.concatenate([rows, nearest.ravel()])
    target = np.concatenate([nearest.ravel(), rows])
    link = np.concatenate([weight.ravel(), weight.ravel()])
    # Links ordered by photo: every photo has its own k, so each has a run of them to sum.
    order = np.argsort(source, kind="stable")
    source, target, link = source[order], target[order], link[order]
    starts = np.flatnonzero(np.r_[True, source[1:] != source[:-1]])
    degree = np.add.reduceat(link, starts)
    scale = 1.0 / np.sqrt(np.maximum(degree, 1e-12))
    link = (link * scale[source] * scale[target]).astype(np.float32)[:, None]
    seeds = np.zeros((n, num_classes), np.float32)
    counts = np.bincount(labels, minlength=num_classes)
    seeds[np.arange(len(labels)), labels] = 1.0 / counts[labels]
    spread = seeds.copy()
    for _ in range(PROPAGATION_ROUNDS):
        spread = alpha * np.add.reduceat(link * spread[target], starts, axis=0) + seeds
    spread = np.maximum(spread[len(labels):], 0.0)
    total = spread.sum(axis=1, keepdims=True)
    return np.where(total > 0, spread / np.where(total > 0, total, 1.0), 0.0).astype(np.float32)


def _nearest(x: np.ndarray, k: int) -> tuple[np.ndarray, np.ndarray]:
    """Each row's `k` most similar other rows (dot product) and those similarities."""
    n = len(x)
    nearest = np.zeros((n, k), np.int64)
    similarity = np.zeros((n, k), np.float32)
    block = max(1, _BLOCK_NUMBERS // max(n, 1))
    for start in range(0, n, block):
        stop = min(start + block, n)
        scores = x[start:stop] @ x.T
        scores[np.arange(stop - start), np.arange(start, stop)] = -np.inf  # not itself
        best = np.argpartition(-scores, k - 1, axis=1)[:, :k]
        nearest[start:stop] = best
        similarity[start:stop] = np.take_along_axis(scores, best, axis=1)
    return nearest, similarity


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


def as_features(features, dim: int | None = None) -> np.ndarray:
    """`features` as a finite float32 ``(n, dim)`` array; `ValueError` naming what is wrong."""
    array = np.asarray(features, dtype=np.float32)
    if array.ndim != 2 or (dim is not None and array.shape[1] != dim):
        expected = f"(n, {dim})" if dim is not None else "(n, dim)"
        raise ValueError(f"features must have shape {expected}. Received: shape={array.shape}")
    if not np.isfinite(array).all():
        raise ValueError("features must be finite numbers. Received: NaN or infinity")
    return array
