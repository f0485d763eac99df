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
from dataclasses import dataclass, field
from pathlib import Path

import keras
import numpy as np
import tensorflow as tf

from core.augment_config import AugmentConfig
from core.errors import ImageError, TrainingCancelled
from core.images import file_digest
from core.messages import QT_TRANSLATE_NOOP, say
from core.photo_cache import (
    PIXELS_VERSION,
    checked_photo,
    entry_key,
    has_entry,
    read_entry,
    trim_cache,
    write_entry,
)
from core.train_config import DEFAULT_IMAGE_SIZE, TrainConfig

# Bump when `core.augment.augment_each` draws differently for the same seed.
DRAW_VERSION = 1
DEFAULT_CUT = TrainConfig().fine_tune_at

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
              pooled: bool = True, bottom: bool = True, remember: bool = True
              ) -> tuple[list[np.ndarray] | None, np.ndarray | None, int]:
        """(bottom parts as float16, pooled float32, photos computed) of `digests`.

        Only what is asked for is read (the other comes back as None); a photo
        missing either is computed whole, and both are stored. With
        ``remember=False`` the bottoms are not kept in memory (the caller keeps them).
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
                self._store(digests[row], draw, computed[position], computed_pooled[position],
                            remember)
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

    def _store(self, digest: str, draw: Draw, flat: np.ndarray, pooled: np.ndarray,
               remember: bool = True) -> None:
        keys = self.keys(digest, draw)
        flat, pooled = flat.copy(), pooled.copy()
        if remember:
            self._remember(keys[1], flat)
        self.pending.append(self.writer.submit(self._write, keys, flat, pooled))

    def _remember(self, bottom_key: str, flat: np.ndarray) -> None:
        # Fine-tuning reads every bottom once per epoch: keep them, up to the budget.
        if bottom_key not in self.memory and self.memory_bytes + flat.nbytes <= self.memory_budget:
            self.memory[bottom_key] = flat
            self.memory_bytes += flat.nbytes

    @staticmethod
    def _write(keys, flat: np.ndarray, pooled: np.ndarray) -> None:
        # The bottom first: a pooled entry whose bottom is missing is recomputed whole.
        write_entry("bottom", keys[1], flat)
        write_entry("pooled", keys[0], pooled)


@dataclass(frozen=True)
class PhotoFeatures:
    """The pooled ImageNet features of some photos, in the order asked for."""

    paths: tuple[Path, ...]
    features: np.ndarray = field(repr=False)  # (photos, 1280) float32; NaN rows: unreadable
    skipped: dict[Path, str]  # unreadable photo → the reason, in plain words
    computed: int  # photos that went through the network (the rest came from the cache)


def photo_features(
    paths: Sequence[str | Path],
    image_size: int = DEFAULT_IMAGE_SIZE,
    weights: str | None = "imagenet",
    *,
    batch_size: int = 32,
    should_stop: Callable[[], bool] | None = None,
) -> PhotoFeatures:
    """The frozen MobileNetV2's 1,280 pooled features of each photo, from the cache when known.

    The numbers are those a training run at `image_size` with these weights
    computes for the photo as it is (no augmentation), and both share the cache:
    photos a run has seen cost nothing here, and the other way round.

    Raises:
        WeightsError: the ImageNet weights are not available.
        TrainingCancelled: `should_stop` returned True (checked between batches).
    """
    from core.model import build_classifier
    from core.training_steps import FROZEN_CHUNK, TrainingSteps

    paths = tuple(Path(p) for p in paths)
    model = build_classifier(2, image_size, AugmentConfig(), weights)
    steps = TrainingSteps(model, image_size, DEFAULT_CUT, 1e-3, binary=True)
    outputs = FrozenOutputs(weights_identity(model.get_layer("mobilenetv2")), image_size,
                            DEFAULT_CUT, steps.stored_shapes, steps.feature_size,
                            memory_budget=0)
    features = np.full((len(paths), steps.feature_size), np.nan, np.float32)
    skipped: dict[Path, str] = {}
    computed = 0
    try:
        for start in range(0, len(paths), batch_size):
            if should_stop is not None and should_stop():
                raise TrainingCancelled(QT_TRANSLATE_NOOP(
                    "core", "Finding the photos' features was cancelled."))
            rows, digests, images = [], [], {}
            for row in range(start, min(start + batch_size, len(paths))):
                try:
                    digest = file_digest(paths[row])
                    # Decode only what the cache does not know yet.
                    if outputs.count_missing([digest], None, bottom=False):
                        digest, images[len(rows)] = checked_photo(paths[row], image_size)
                except ImageError as error:
                    skipped[paths[row]] = error.reason
                    continue
                except OSError as error:
                    skipped[paths[row]] = say(QT_TRANSLATE_NOOP(
                        "core", "the file cannot be read ({detail})"),
                        detail=error.strerror or error)
                    continue
                rows.append(row)
                digests.append(digest)

            def compute(missing: np.ndarray, rows=rows, images=images):
                batch = np.stack([images[m] if m in images else
                                  checked_photo(paths[rows[m]], image_size)[1] for m in missing])
                bottoms, pooled = [], []
                for start in range(0, len(batch), FROZEN_CHUNK):
                    bottom, pool = steps.features(
                        tf.constant(batch[start:start + FROZEN_CHUNK].astype(np.float32)))
                    bottoms.append([part.numpy() for part in _as_list(bottom)])
                    pooled.append(pool.numpy())
                return [np.concatenate(p) for p in zip(*bottoms)], np.concatenate(pooled)

            if rows:
                _, pooled, done = outputs.fetch(digests, None, compute, bottom=False)
                features[rows] = pooled
                computed += done
    finally:
        outputs.close()
    return PhotoFeatures(paths, features, skipped, computed)


def _as_list(value) -> list:
    return list(value) if isinstance(value, (list, tuple)) else [value]
