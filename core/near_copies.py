"""Near-copies: the same photo resized, recompressed, cropped a little, brightened or mirrored.

Exact copies share a content digest (`core.dataset`); near-copies do not, but
the frozen network sees them almost alike. Two photos are near-copies when the
cosine similarity of their pooled features reaches `NEAR_COPY_THRESHOLD`; or
when it reaches `LOOSE_THRESHOLD` and their tiny grey thumbnails (`thumbnail`,
one of them mirrored or not) correlate at `THUMBNAIL_THRESHOLD`: a small photo
recompressed hard or halved loses the detail the network looks at, not its
layout, and a mirrored copy keeps its layout mirrored. Groups are the connected
sets of such pairs. NumPy only; features and thumbnails come from
`core.photo_features`.

Mirrored copies need no mirrored pass through the network: a photo's mirror image
is at 0.92-0.96 from it as it is (alpaca, flowers; 0.72 when also darkened and
recompressed), and their thumbnails at 1.000 mirrored. On both sets, 8 copy kinds
x 3 seeds, the plain features with the thumbnails group every copy the mirrored
features did, and no other group (benchmarks/bench_audit.py (b)). (Mirroring the
feature map before its global average pool would change nothing: an average does
not depend on where things are.)
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence

import numpy as np

# Measured by benchmarks/bench_audit.py (160 px, ImageNet weights). Near-copies made
# from an original (resized, recompressed, cropped 5-8 %, brightened, mirrored, mixes)
# sit at 0.82-1.00 from it as they are on alpaca's 1024 px photos, 0.72-1.00 on flowers'
# small ones (a 240 px photo halved, or recompressed at quality 25, loses most). Distinct photos: in
# each set one pair passes 0.88 (alpaca's is a burst of the same alpaca), 1 and 7 pass
# 0.85, 3 and 83 pass 0.80. Lower would group different photos of one flower bed.
NEAR_COPY_THRESHOLD = 0.88
# Thumbnails decide between LOOSE_THRESHOLD and NEAR_COPY_THRESHOLD. On flowers, the 1,071
# pairs of distinct photos at feature cosine >= 0.70 correlate at most 0.896 as 16 x 16
# thumbnails (either mirrored); resized, recompressed, brightened or mirrored copies at
# 0.987-1.000.
LOOSE_THRESHOLD = 0.70
THUMBNAIL_THRESHOLD = 0.95
THUMBNAIL_SIZE = 16
_BLOCK = 1024
# Each block compares its rows with every photo in a few (rows x n) float32 matrices: at
# 20,000 photos 1,024 rows made them 82 MB each and the run peaked at 1.9 GB
# (benchmarks/bench_scale.py); 4M numbers a matrix keeps them at 16 MB, the same groups.
_BLOCK_NUMBERS = 4_000_000


def thumbnail(pixels: np.ndarray) -> np.ndarray:
    """A photo's layout: its grey levels averaged to 16 x 16, less their mean, of length 1.

    Args:
        pixels: ``(height, width, 3)`` RGB, as `core.images.load_array` gives it;
            height and width multiples of 16 (160 and 224 are).
    """
    grey = np.asarray(pixels, dtype=np.float32).mean(axis=2)
    h, w = grey.shape
    if h % THUMBNAIL_SIZE or w % THUMBNAIL_SIZE:
        raise ValueError(f"pixels must be a multiple of {THUMBNAIL_SIZE} high and wide. "
                         f"Received: shape={pixels.shape}")
    small = grey.reshape(THUMBNAIL_SIZE, h // THUMBNAIL_SIZE, THUMBNAIL_SIZE,
                         w // THUMBNAIL_SIZE).mean(axis=(1, 3))
    small -= small.mean()  # brightness does not matter, nor (below) contrast
    norm = float(np.linalg.norm(small))
    return (small / norm if norm > 1e-6 else small).ravel()


def near_copy_groups(features: np.ndarray, mirrored: np.ndarray | None = None,
                     thumbnails: np.ndarray | None = None, *,
                     threshold: float = NEAR_COPY_THRESHOLD) -> list[list[int]]:
    """Groups of two or more photos that are near-copies of each other, as sorted indices.

    Args:
        features: ``(n, dim)`` pooled features.
        mirrored: ``(n, dim)`` pooled features of each photo flipped left-right, for
            comparison only (benchmarks/bench_audit.py): with the thumbnails, mirrored
            copies group without them, at half the network's work.
        thumbnails: ``(n, 256)`` `thumbnail` of each photo; with them a copy that
            lost detail (hard recompression, halving) or was mirrored still groups
            with its original.
        threshold: feature cosine similarity at which two photos count as near-copies.

    Groups are ordered largest first, then by their first index.
    """
    unit = _unit_rows(features)
    flipped = None if mirrored is None else _unit_rows(mirrored)
    if flipped is not None and flipped.shape != unit.shape:
        raise ValueError(f"mirrored must have the shape of features {unit.shape}. "
                         f"Received: shape={flipped.shape}")
    layout = None if thumbnails is None else np.asarray(thumbnails, dtype=np.float32)
    if layout is not None and layout.shape != (len(unit), THUMBNAIL_SIZE ** 2):
        raise ValueError(f"thumbnails must have shape ({len(unit)}, {THUMBNAIL_SIZE ** 2}). "
                         f"Received: shape={layout.shape}")
    layout_flipped = None if layout is None else layout.reshape(
        -1, THUMBNAIL_SIZE, THUMBNAIL_SIZE)[:, :, ::-1].reshape(len(unit), -1)
    parent = list(range(len(unit)))
    rows_at_once = max(1, min(_BLOCK, _BLOCK_NUMBERS // max(len(unit), 1)))
    for start in range(0, len(unit), rows_at_once):
        stop = start + rows_at_once
        block = unit[start:stop]
        similarity = block @ unit.T
        if flipped is not None:
            # A photo and the mirror image of another; both ways, since resampling makes
            # the two directions differ slightly.
            similarity = np.maximum(similarity, block @ flipped.T)
            similarity = np.maximum(similarity, flipped[start:stop] @ unit.T)
        close = similarity >= threshold
        if layout is not None:
            alike = np.maximum(layout[start:stop] @ layout.T,
                               layout[start:stop] @ layout_flipped.T)
            close |= (similarity >= LOOSE_THRESHOLD) & (alike >= THUMBNAIL_THRESHOLD)
        rows, cols = np.nonzero(close)
        for row, col in zip(rows + start, cols):
            if row < col:
                _union(parent, int(row), int(col))
    members: dict[int, list[int]] = {}
    for index in range(len(unit)):
        members.setdefault(_find(parent, index), []).append(index)
    groups = [group for group in members.values() if len(group) > 1]
    groups.sort(key=lambda group: (-len(group), group[0]))
    return groups


def groups_spanning_classes(groups: Iterable[Sequence[int]],
                            labels: Sequence[int] | np.ndarray) -> list[list[int]]:
    """The groups whose photos are filed in two or more classes (contradicting labels)."""
    labels = np.asarray(labels)
    return [list(group) for group in groups if len({int(labels[i]) for i in group}) > 1]


def near_copy_keys(digests: Sequence[str], groups: Iterable[Sequence[int]]) -> dict[str, str]:
    """For each photo in a near-copy group, its digest → the group's key (smallest digest).

    Keyed by content, as the split is, so a photo keeps its key when it is renamed
    or moved; photos in no group are absent (their key is their own digest).
    """
    keys: dict[str, str] = {}
    for group in groups:
        key = min(digests[i] for i in group)
        for i in group:
            keys[digests[i]] = key
    return keys


def group_key(digest: str, keys: Mapping[str, str]) -> str:
    """The key the split hashes for a photo: its near-copy group's, else its own digest.

    ``core.split.split_dataset`` scores each photo by it, so each near-copy group lands
    on one side, as exact copies (one digest) do.
    """
    return keys.get(digest, digest)


def _unit_rows(features: np.ndarray) -> np.ndarray:
    array = np.asarray(features, dtype=np.float32)
    if array.ndim != 2:
        raise ValueError(f"features must have shape (n, dim). Received: shape={array.shape}")
    norms = np.linalg.norm(array, axis=1, keepdims=True)
    # An all-zero vector (a black photo through a dead network) is like nothing.
    return np.divide(array, norms, out=np.zeros_like(array), where=norms > 0)


def _find(parent: list[int], index: int) -> int:
    while parent[index] != index:
        parent[index] = parent[parent[index]]
        index = parent[index]
    return index


def _union(parent: list[int], a: int, b: int) -> None:
    root_a, root_b = _find(parent, a), _find(parent, b)
    if root_a != root_b:
        parent[max(root_a, root_b)] = min(root_a, root_b)
