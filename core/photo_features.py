"""The frozen MobileNetV2's pooled features of photos: what suggestions and audits look at.

Each photo is read as training reads it (`core.images.load_array` at the model's
size), rescaled as ``preprocess_input`` does, passed through the ImageNet
MobileNetV2 without its top (``training=False``) and averaged over the picture:
1,280 numbers per photo. Photos are decoded on worker threads while the network
runs, one batch ahead.

This module imports Keras when first used; its callers import it lazily.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from core.errors import ImageError, TrainingCancelled
from core.images import load_array
from core.near_copies import THUMBNAIL_SIZE, thumbnail
from core.train_config import DEFAULT_IMAGE_SIZE

FEATURE_DIM = 1280
BATCH_SIZE = 32

_extractors: dict[tuple[int, str], object] = {}
_extractors_lock = threading.Lock()


@dataclass(frozen=True)
class FeatureProgress:
    done: int
    total: int


def pooled_features(
    paths: Sequence[str | Path],
    image_size: int = DEFAULT_IMAGE_SIZE,
    on_progress: Callable[[FeatureProgress], None] | None = None,
    should_stop: Callable[[], bool] | None = None,
    *,
    weights: str | os.PathLike | None = "imagenet",
) -> tuple[np.ndarray, dict[Path, str]]:
    """Pooled features of the photos at `paths`, and the ones that could not be read.

    Returns:
        ``(features, failures)``: features ``float32 (n, 1280)`` with one row per
        readable photo, in the order of `paths` (the photos not in `failures`), and
        ``{path: reason}`` for each file that cannot be read, in plain words.

    Raises:
        TrainingCancelled: `should_stop` returned true (polled between batches).
        WeightsError: the ImageNet weights cannot be found.
    """
    features, _, _, failures = _compute(paths, image_size, on_progress, should_stop, weights,
                                        mirrored=False)
    return features, failures


def pooled_features_and_mirrored(
    paths: Sequence[str | Path],
    image_size: int = DEFAULT_IMAGE_SIZE,
    on_progress: Callable[[FeatureProgress], None] | None = None,
    should_stop: Callable[[], bool] | None = None,
    *,
    weights: str | os.PathLike | None = "imagenet",
) -> tuple[np.ndarray, np.ndarray, np.ndarray, dict[Path, str]]:
    """As `pooled_features`, plus what finds near-copies (`core.near_copies`).

    Returns ``(features, mirrored, thumbnails, failures)``: the features of each
    readable photo, of it flipped left-right (a mirrored copy has features close to
    its original's mirrored ones), and its `core.near_copies.thumbnail` ``(n, 256)``,
    from the same decoded pixels.
    """
    return _compute(paths, image_size, on_progress, should_stop, weights, mirrored=True)


def feature_extractor(image_size: int = DEFAULT_IMAGE_SIZE,
                      weights: str | os.PathLike | None = "imagenet"):
    """The Keras model from RGB 0–255 to pooled features, built once per size and weights."""
    key = (int(image_size), str(weights))
    with _extractors_lock:
        if key not in _extractors:
            _extractors[key] = _build_extractor(image_size, weights)
        return _extractors[key]


def _build_extractor(image_size: int, weights):
    import keras

    from core.model import load_base

    base = load_base(image_size, weights)
    base.trainable = False
    inputs = keras.Input(shape=(image_size, image_size, 3), name="image")
    # MobileNetV2's preprocess_input: [0, 255] → [-1, 1], as the classifier does.
    x = keras.layers.Rescaling(1.0 / 127.5, offset=-1.0, name="preprocess")(inputs)
    x = base(x, training=False)
    outputs = keras.layers.GlobalAveragePooling2D(name="pool")(x)
    return keras.Model(inputs, outputs, name="pooled_features")


def _compute(paths, image_size, on_progress, should_stop, weights, *, mirrored: bool):
    paths = [Path(p) for p in paths]
    size = (int(image_size), int(image_size))
    failures: dict[Path, str] = {}
    rows: list[np.ndarray] = []
    mirror_rows: list[np.ndarray] = []
    thumbnails: list[np.ndarray] = []
    if not paths:
        empty = np.zeros((0, FEATURE_DIM), np.float32)
        return empty, empty.copy(), np.zeros((0, THUMBNAIL_SIZE ** 2), np.float32), failures
    extractor = feature_extractor(image_size, weights)

    def read(path: Path):
        try:
            return load_array(path, size), None
        except ImageError as error:
            return None, error.reason
        except OSError as error:  # vanished or became unreadable after it was listed
            return None, f"the file cannot be read ({error.strerror or error})"

    batches = [paths[i:i + BATCH_SIZE] for i in range(0, len(paths), BATCH_SIZE)]
    done = 0
    with ThreadPoolExecutor(max_workers=min(4, os.cpu_count() or 1)) as pool:
        # Decoding batch i + 1 while the network runs batch i (Pillow releases the GIL).
        pending = [pool.submit(lambda b=b: [read(p) for p in b]) for b in batches[:2]]
        for number, batch in enumerate(batches):
            if should_stop is not None and should_stop():
                for future in pending:
                    future.cancel()
                raise TrainingCancelled("Computing the photos' features was cancelled.")
            decoded = pending.pop(0).result()
            if number + 2 < len(batches):
                pending.append(pool.submit(lambda b=batches[number + 2]: [read(p) for p in b]))
            arrays = []
            for path, (array, reason) in zip(batch, decoded):
                if reason is not None:
                    failures[path] = reason
                else:
                    arrays.append(array)
            if arrays:
                stack = np.stack(arrays)
                if mirrored:
                    thumbnails += [thumbnail(array) for array in arrays]
                    both = np.concatenate([stack, stack[:, :, ::-1]])
                    out = np.asarray(extractor.predict_on_batch(both), dtype=np.float32)
                    rows.append(out[:len(arrays)])
                    mirror_rows.append(out[len(arrays):])
                else:
                    rows.append(np.asarray(extractor.predict_on_batch(stack), dtype=np.float32))
            done += len(batch)
            if on_progress is not None:
                on_progress(FeatureProgress(done, len(paths)))
    features = np.concatenate(rows) if rows else np.zeros((0, FEATURE_DIM), np.float32)
    flipped = (np.concatenate(mirror_rows) if mirror_rows
               else np.zeros((0, FEATURE_DIM), np.float32))
    small = (np.stack(thumbnails) if thumbnails
             else np.zeros((0, THUMBNAIL_SIZE ** 2), np.float32))
    return features, flipped, small, failures
