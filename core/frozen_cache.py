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
computed in memory up to a fixed budget; beyond it entries are read back from
the disk cache a batch at a time (`core.streaming`), so memory does not grow
with the photos, and a full or read-only disk only costs speed (recomputing).
"""

from __future__ import annotations

import hashlib
import threading
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

# Computed entries waiting for the cache writer at most (~9 MB of bottoms at 160 px).
_MAX_PENDING_WRITES = 64

Draw = dict | None  # None: the photo as it is; else which augmented version


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
        # Entry key → flat float16 bottom or float32 pooled features, within the budget.
        self.memory: dict[str, np.ndarray] = {}
        self.memory_bytes = 0
        self.lock = threading.Lock()  # `lookup` may run in a reading thread
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
                known[digest] = self._has(pooled_key, "pooled") and (
                    not bottom or self._has(bottom_key, "bottom"))
        return sum(not known[digest] for digest in digests)

    def fetch(self, digests: Sequence[str], draw: Draw, compute: Compute, *,
              pooled: bool = True, bottom: bool = True, remember: bool = True
              ) -> tuple[list[np.ndarray] | None, np.ndarray | None, int]:
        """(bottom parts as float16, pooled float32, photos computed) of `digests`.

        Only what is asked for is read (the other comes back as None); a photo
        missing either is computed whole, and both are stored. With
        ``remember=False`` nothing is kept in memory (the caller keeps it).
        """
        flat, features, missing = self.lookup(digests, draw, pooled=pooled, bottom=bottom,
                                              remember=remember)
        if missing:
            rows = np.array(missing, dtype=np.int64)
            self.complete(digests, draw, rows, *compute(rows), flat, features, remember)
        return (self.parts(flat) if flat is not None else None), features, len(missing)

    def all_in_memory(self, digests: Sequence[str], draw: Draw, *, pooled: bool = True,
                      bottom: bool = True) -> bool:
        """Whether `lookup` would find every one of `digests` in memory (no disk, no compute)."""
        with self.lock:
            for digest in digests:
                pooled_key, bottom_key = self.keys(digest, draw)
                if (pooled and pooled_key not in self.memory) or (
                        bottom and bottom_key not in self.memory):
                    return False
        return True

    def lookup(self, digests: Sequence[str], draw: Draw, *, pooled: bool = True,
               bottom: bool = True, remember: bool = True
               ) -> tuple[np.ndarray | None, np.ndarray | None, list[int]]:
        """What is known of `digests`: (flat float16 bottoms, pooled, rows still missing).

        The first half of `fetch`, safe to call from a reading thread (`core.streaming`)
        while the training thread computes; rows missing are left unset.
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
        return flat, features, missing

    def complete(self, digests: Sequence[str], draw: Draw, rows: np.ndarray, parts: list,
                 computed_pooled: np.ndarray, flat: np.ndarray | None,
                 features: np.ndarray | None, remember: bool = True) -> None:
        """Store what `compute` made of `rows` and fill it into `lookup`'s `flat`/`features`."""
        computed = np.concatenate(
            [np.asarray(part, np.float32).reshape(len(rows), -1) for part in parts],
            axis=1).astype(np.float16)
        computed_pooled = np.asarray(computed_pooled, np.float32)
        for position, row in enumerate(rows):
            self._store(digests[row], draw, computed[position], computed_pooled[position],
                        remember)
        if features is not None:
            features[rows] = computed_pooled
        if flat is not None:
            flat[rows] = computed
        with self.lock:
            self.computed += len(rows)

    def parts(self, flat: np.ndarray) -> list[np.ndarray]:
        """Flat float16 bottoms (one row per photo) as the bottom's outputs, without a copy."""
        parts, start = [], 0
        for shape, size in zip(self.shapes, self.sizes):
            parts.append(flat[:, start:start + size].reshape(len(flat), *shape))
            start += size
        return parts

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
    def _has(self, key: str, kind: str) -> bool:
        return key in self.memory or has_entry(kind, key)

    def _lookup(self, digest: str, draw: Draw, pooled: bool, bottom: bool,
                remember: bool = True):
        pooled_key, bottom_key = self.keys(digest, draw)
        features = flat = None
        if pooled:
            features = self._known(pooled_key, "pooled", (self.feature_size,), np.float32,
                                   remember)
            if features is None:
                return None
        if bottom:
            flat = self._known(bottom_key, "bottom", (sum(self.sizes),), np.float16, remember)
            if flat is None:
                return None
        return features, flat

    def _known(self, key: str, kind: str, shape: tuple[int, ...], dtype, remember: bool):
        """An entry from memory, else from the disk cache (then kept, within the budget)."""
        with self.lock:
            array = self.memory.get(key)
        if array is not None:
            return array
        array = read_entry(kind, key)  # a torn or damaged entry comes back as None
        if array is None or array.shape != shape or array.dtype != dtype:
            return None
        if remember:
            self._remember(key, array)
        return array

    def _store(self, digest: str, draw: Draw, flat: np.ndarray | None, pooled: np.ndarray,
               remember: bool = True) -> None:
        keys = self.keys(digest, draw)
        flat, pooled = (None if flat is None else flat.copy()), pooled.copy()
        if remember:
            self._remember(keys[0], pooled)
        if remember and flat is not None:
            self._remember(keys[1], flat)
        self.pending.append(self.writer.submit(self._write, keys, flat, pooled))
        # Each waiting write holds its arrays: a disk slower than the frozen part must not
        # pile them up (nor the futures of thousands of photos).
        while len(self.pending) > _MAX_PENDING_WRITES or (
                self.pending and self.pending[0].done()):
            self.pending.pop(0).result()

    def _remember(self, key: str, array: np.ndarray) -> None:
        # Every epoch reads these again: keep them, up to the budget. Beyond it they are
        # read back from the disk cache (far cheaper than the frozen part: measured by
        # benchmarks/bench_scale.py), so memory stays the same however many photos.
        with self.lock:
            if key not in self.memory and self.memory_bytes + array.nbytes <= self.memory_budget:
                self.memory[key] = array
                self.memory_bytes += array.nbytes

    @staticmethod
    def _write(keys, flat: np.ndarray | None, pooled: np.ndarray) -> None:
        # The bottom first: a pooled entry whose bottom is missing is recomputed whole.
        if flat is not None:
            write_entry("bottom", keys[1], flat)
        write_entry("pooled", keys[0], pooled)
