"""What MobileNetV2's frozen part makes of each photo, kept in the photo cache between runs.

Two kinds of entry per photo and version (the photo as it is, or one of its
augmented versions): ``pooled``, the whole base's 1,280 pooled features
(float32), and ``bottom``, the output of the part below the fine-tuning cut
(float16, what fine-tuning trains on). Their keys hold everything the numbers
depend on: the photo's digest, the image size, the weights (a hash of the
loaded base's weights, so random weights are never mistaken for ImageNet's),
the TensorFlow and Keras versions, the cut (bottom only) and, for an augmented
version, the augmentation settings, the seed and the version number. Adding
photos then costs only the new photos; changing epochs or the learning rate
costs nothing; changing the augmentation or the size recomputes what depends on it.

A run reads and writes through a `FrozenOutputs`, which also keeps what it
computed in memory (up to a budget), so a full or read-only disk only costs speed.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Sequence
from concurrent.futures import Future, ThreadPoolExecutor

import keras
import numpy as np
import tensorflow as tf

from core.augment_config import AugmentConfig
from core.photo_cache import (
    PIXELS_VERSION,
    entry_key,
    has_entry,
    read_entry,
    trim_cache,
    write_entry,
)
from core.train_config import TrainConfig

# Bump when `core.augment.augment_each` draws differently for the same seed.
DRAW_VERSION = 1
DEFAULT_CUT = TrainConfig().fine_tune_at

Draw = dict | None  # None: the photo as it is; else which augmented version
# The photo flipped left-right (what finds mirrored near-copies, `core.near_copies`).
MIRRORED: Draw = {"mirrored": True}


def weights_identity(base: keras.Model) -> str:
    """A hash of the loaded base's weights and of the software that computes with them."""
    digest = hashlib.sha1(f"{tf.__version__}|{keras.__version__}|".encode())
    for array in base.get_weights():
        digest.update(str(array.shape).encode())
        digest.update(np.ascontiguousarray(array).tobytes())
    return digest.hexdigest()


def augmented_draw(augmentation: AugmentConfig, seed: int, version: int) -> Draw:
    """The key part of augmented version `version` (None when nothing is augmented)."""
    if augmentation.is_identity:
        return None
    return {"augmentation": augmentation.to_dict(), "seed": seed, "version": version,
            "draw": DRAW_VERSION}


def photo_seeds(seed: int, digests: Sequence[str], version: int) -> np.ndarray:
    """One ``[seed, 0]`` int32 pair per photo: its augmentation depends on nothing else."""
    seeds = np.zeros((len(digests), 2), np.int32)
    for row, digest in enumerate(digests):
        value = hashlib.sha256(f"{seed}:{digest}:{version}".encode()).digest()
        seeds[row, 0] = int.from_bytes(value[:4], "big") % (2**31 - 1)
    return seeds


Compute = Callable[[np.ndarray], tuple[list, np.ndarray]]


class FrozenOutputs:
    """The frozen part's outputs of a run's photos: from memory, the disk cache, or computed.

    `fetch` fills a batch and computes only what is missing, through `compute`
    (rows of the batch → bottom parts and pooled features). Computed bottoms are
    rounded to float16 *before* they are used, so a run that computes them and a
    run that reads them train on the very same numbers.
    """

    def __init__(self, identity: str, image_size: int, cut: int,
                 stored_shapes: Sequence[tuple[int, ...]], feature_size: int,
                 memory_budget: int) -> None:
        self.identity, self.image_size, self.cut = identity, image_size, cut
        self.shapes = [tuple(s) for s in stored_shapes]
        self.sizes = [int(np.prod(s)) for s in self.shapes]
        self.feature_size = feature_size
        self.memory_budget = memory_budget
        self.memory: dict[str, np.ndarray] = {}  # bottom key → flat float16 bottom
        self.memory_bytes = 0
        self.writer = ThreadPoolExecutor(max_workers=1, thread_name_prefix="cache-writer")
        self.pending: list[Future] = []
        self.computed = 0  # photos `fetch` computed rather than found

    def keys(self, digest: str, draw: Draw) -> tuple[str, str]:
        """The cache keys of a photo's (pooled, bottom) entries for `draw`."""
        common = (self.identity, self.image_size, PIXELS_VERSION, digest, draw)
        return (entry_key("pooled", *common),
                entry_key("bottom", self.cut, *common))

    def count_missing(self, digests: Sequence[str], draw: Draw, bottom: bool = True) -> int:
        """How many of `digests` `fetch` would compute (entries may yet prove damaged)."""
        known: dict[str, bool] = {}
        for digest in digests:
            if digest not in known:
                pooled_key, bottom_key = self.keys(digest, draw)
                known[digest] = has_entry("pooled", pooled_key) and (
                    not bottom or bottom_key in self.memory or has_entry("bottom", bottom_key))
        return sum(not known[digest] for digest in digests)

    def fetch(self, digests: Sequence[str], draw: Draw, compute: Compute, *,
              pooled: bool = True, bottom: bool = True, remember: bool = True,
              store_bottom: bool = True
              ) -> tuple[list[np.ndarray] | None, np.ndarray | None, int]:
        """(bottom parts as float16, pooled float32, photos computed) of `digests`.

        Only what is asked for is read (the other comes back as None); a photo
        missing either is computed whole, and both are stored. With
        ``remember=False`` the bottoms are not kept in memory (the caller keeps them);
        with ``store_bottom=False`` (and ``bottom=False``) only the pooled features are
        stored: nothing will train on these bottoms (mirrored photos, `MIRRORED`).
        """
        n = len(digests)
        flat = np.empty((n, sum(self.sizes)), np.float16) if bottom else None
        features = np.empty((n, self.feature_size), np.float32) if pooled else None
        missing = []
        for row, digest in enumerate(digests):
            found = self._lookup(digest, draw, pooled, bottom, remember)
            if found is None:
                missing.append(row)
                continue
            if features is not None:
                features[row] = found[0]
            if flat is not None:
                flat[row] = found[1]
        if missing:
            rows = np.array(missing, dtype=np.int64)
            parts, computed_pooled = compute(rows)
            computed = np.concatenate(
                [np.asarray(part, np.float32).reshape(len(rows), -1) for part in parts],
                axis=1).astype(np.float16)
            computed_pooled = np.asarray(computed_pooled, np.float32)
            for position, row in enumerate(rows):
                self._store(digests[row], draw,
                            computed[position] if store_bottom or bottom else None,
                            computed_pooled[position], remember)
            if features is not None:
                features[rows] = computed_pooled
            if flat is not None:
                flat[rows] = computed
        self.computed += len(missing)
        return (self._parts(flat) if flat is not None else None), features, len(missing)

    def flush(self) -> None:
        """Wait until every computed entry is on disk (or failed to get there)."""
        for future in self.pending:
            future.result()
        self.pending.clear()

    def close(self) -> None:
        """Finish writing, free the memory, and keep the cache within its limit."""
        self.flush()
        self.writer.shutdown(wait=True)
        self.memory.clear()
        trim_cache()

    # -- inside -----------------------------------------------------------------------------
    def _parts(self, flat: np.ndarray) -> list[np.ndarray]:
        parts, start = [], 0
        for shape, size in zip(self.shapes, self.sizes):
            parts.append(flat[:, start:start + size].reshape(len(flat), *shape))
            start += size
        return parts

    def _lookup(self, digest: str, draw: Draw, pooled: bool, bottom: bool,
                remember: bool = True):
        pooled_key, bottom_key = self.keys(digest, draw)
        features = flat = None
        if pooled:
            features = read_entry("pooled", pooled_key)
            if features is None or features.shape != (self.feature_size,):
                return None
        if bottom:
            flat = self.memory.get(bottom_key)
            if flat is None:
                flat = read_entry("bottom", bottom_key)
                if flat is None or flat.shape != (sum(self.sizes),) or flat.dtype != np.float16:
                    return None
                if remember:
                    self._remember(bottom_key, flat)
        return features, flat

    def _store(self, digest: str, draw: Draw, flat: np.ndarray | None, pooled: np.ndarray,
               remember: bool = True) -> None:
        keys = self.keys(digest, draw)
        flat, pooled = (None if flat is None else flat.copy()), pooled.copy()
        if remember and flat is not None:
            self._remember(keys[1], flat)
        self.pending.append(self.writer.submit(self._write, keys, flat, pooled))

    def _remember(self, bottom_key: str, flat: np.ndarray) -> None:
        # Fine-tuning reads every bottom once per epoch: keep them, up to the budget.
        if bottom_key not in self.memory and self.memory_bytes + flat.nbytes <= self.memory_budget:
            self.memory[bottom_key] = flat
            self.memory_bytes += flat.nbytes

    @staticmethod
    def _write(keys, flat: np.ndarray | None, pooled: np.ndarray) -> None:
        # The bottom first: a pooled entry whose bottom is missing is recomputed whole.
        if flat is not None:
            write_entry("bottom", keys[1], flat)
        write_entry("pooled", keys[0], pooled)
