"""The frozen MobileNetV2's pooled features of photos: what suggestions and audits look at.

One source: the plain features come from `FeatureSession`, with the numbers and
cache entries of a training run (`core.frozen_cache`, kept in the persistent
photo cache); it builds MobileNetV2 once for many calls and decodes the next
batch while the network runs this one. What only near-copies need besides, each
photo's 16 x 16 layout (`core.near_copies.thumbnail`), is made in the same pass
(`FeatureSession.features(..., thumbnails=True)`: `audit`, and the Sort page's
feature process) from the pixels it decodes or the cache's, and kept there as
well. No photo goes through the network twice: a mirrored copy is found from
its plain features and its mirrored layout (`core.near_copies`), not from a
mirrored pass.

This module imports Keras when first used; its callers import it lazily.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from core.errors import ImageError, TrainingCancelled
from core.images import file_digest
from core.messages import QT_TRANSLATE_NOOP, say
from core.near_copies import THUMBNAIL_SIZE, thumbnail
from core.train_config import DEFAULT_IMAGE_SIZE

FEATURE_DIM = 1280
BATCH_SIZE = 32


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

    The numbers are `FeatureSession`'s (the app's, and those a training run
    computes and keeps in the photo cache): a photo seen before, by a run, the app
    or this, costs nothing.

    Returns:
        ``(features, failures)``: features ``float32 (n, 1280)`` with one row per
        readable photo, in the order of `paths` (the photos not in `failures`), and
        ``{path: reason}`` for each file that cannot be read, in plain words.

    Raises:
        TrainingCancelled: `should_stop` returned true (polled between batches).
        WeightsError: the ImageNet weights cannot be found.
    """
    paths = [Path(p) for p in paths]
    result, readable = _plain(paths, image_size, _Progress(on_progress, len(paths)),
                              should_stop, weights)
    return result.features[readable], dict(result.skipped)


def pooled_features_and_thumbnails(
    paths: Sequence[str | Path],
    image_size: int = DEFAULT_IMAGE_SIZE,
    on_progress: Callable[[FeatureProgress], None] | None = None,
    should_stop: Callable[[], bool] | None = None,
    *,
    weights: str | os.PathLike | None = "imagenet",
) -> tuple[np.ndarray, np.ndarray, dict[Path, str]]:
    """As `pooled_features`, plus what finds near-copies with them (`core.near_copies`).

    Returns ``(features, thumbnails, failures)``: the features of each readable
    photo (`pooled_features`') and its `core.near_copies.thumbnail` ``(n, 256)``,
    kept in the photo cache too and made in the same pass, from the pixels decoded
    for the features (or the cache's): no second pass through the network, no
    second read of a photo whose thumbnail is known.
    """
    paths = [Path(p) for p in paths]
    result, readable = _plain(paths, image_size, _Progress(on_progress, len(paths)),
                              should_stop, weights, thumbnails=True)
    return result.features[readable], result.thumbnails[readable], dict(result.skipped)


class _Progress:
    def __init__(self, report: Callable[[FeatureProgress], None] | None, total: int) -> None:
        self.report, self.total, self.done = report, total, 0

    def add(self, count: int) -> None:
        self.done = min(self.total, self.done + count)
        if self.report is not None:
            self.report(FeatureProgress(self.done, self.total))


@dataclass(frozen=True)
class PhotoFeatures:
    """The pooled ImageNet features of some photos, in the order asked for."""

    paths: tuple[Path, ...]
    features: np.ndarray = field(repr=False)  # (photos, 1280) float32; NaN rows: unreadable
    skipped: dict[Path, str]  # unreadable photo → the reason, in plain words
    computed: int  # photos that went through the network (the rest came from the cache)
    # Each photo's content digest as its features were read ("" for an unreadable one).
    digests: tuple[str, ...] = ()
    # With ``thumbnails=True``: each photo's `core.near_copies.thumbnail` (photos, 256);
    # NaN rows: unreadable.
    thumbnails: np.ndarray | None = field(default=None, repr=False)


class FeatureSession:
    """The frozen MobileNetV2's pooled features of photos, batch after batch, network built once.

    The numbers are those a training run at `image_size` with these weights
    computes for the photo as it is (no augmentation): the same network pieces
    (`core.training_steps.TrainingSteps`), the same cache entries
    (`core.frozen_cache.FrozenOutputs`), so photos a run has seen cost nothing here
    and the other way round. For a caller that asks again and again (the app, 32
    photos at a time), where building MobileNetV2 for every call would cost more
    than the photos. Use it from one thread at a time.
    """

    def __init__(self, image_size: int = DEFAULT_IMAGE_SIZE,
                 weights: str | os.PathLike | None = "imagenet", *,
                 random_seed: int = 0) -> None:
        """Build the network; with ``weights=None`` its random weights come from `random_seed`."""
        from core.augment_config import AugmentConfig
        from core.frozen_cache import DEFAULT_CUT, weights_identity
        from core.model import BASE_NAME, build_classifier
        from core.training_steps import TrainingSteps

        self.image_size = int(image_size)
        _same_random_weights(weights, random_seed)
        model = build_classifier(2, self.image_size, AugmentConfig(),
                                 None if weights is None else str(weights))
        self.steps = TrainingSteps(model, self.image_size, DEFAULT_CUT, 1e-3, binary=True)
        self.identity = weights_identity(model.get_layer(BASE_NAME))
        self.cut = DEFAULT_CUT

    def features(self, paths: Sequence[str | Path],
                 should_stop: Callable[[], bool] | None = None, *,
                 thumbnails: bool = False) -> PhotoFeatures:
        """`PhotoFeatures` of `paths` (NaN rows: unreadable), from the cache when known.

        With `thumbnails`, each photo's `core.near_copies.thumbnail` too (what finds a
        recompressed or mirrored copy besides the features): made from the pixels
        decoded for the features, or read from the photo cache, and kept there.

        Raises:
            TrainingCancelled: `should_stop` returned True (checked between batches).
        """
        from core.frozen_cache import FrozenOutputs
        from core.photo_cache import checked_photo

        paths = tuple(Path(p) for p in paths)
        steps, size = self.steps, self.image_size
        outputs = FrozenOutputs(self.identity, size, self.cut, steps.stored_shapes,
                                steps.feature_size, memory_budget=0)
        features = np.full((len(paths), steps.feature_size), np.nan, np.float32)
        layouts = (np.full((len(paths), THUMBNAIL_SIZE ** 2), np.nan, np.float32)
                   if thumbnails else None)
        known = [""] * len(paths)
        skipped: dict[Path, str] = {}
        computed = 0

        def prepare(start: int):
            """Digests, and the pixels of photos the cache does not know (rows, …)."""
            rows, digests, images, failed = [], [], {}, {}
            for row in range(start, min(start + BATCH_SIZE, len(paths))):
                try:
                    digest, pixels = file_digest(paths[row]), None
                    # Decode only what the cache does not know yet.
                    if outputs.count_missing([digest], None, bottom=False):
                        digest, pixels = checked_photo(paths[row], size)
                    # In this decoding thread, beside the network's: 256 numbers per photo.
                    layout = None if layouts is None else _thumbnail(paths[row], digest,
                                                                     size, pixels)
                except (ImageError, OSError) as error:
                    failed[paths[row]] = unreadable_reason(error)
                    continue
                if pixels is not None:
                    images[len(rows)] = pixels
                if layout is not None:
                    layouts[row] = layout
                rows.append(row)
                digests.append(digest)
            return rows, digests, images, failed

        starts = list(range(0, len(paths), BATCH_SIZE))
        try:
            # The next batch is read and decoded while the network runs this one (Pillow
            # and hashing release the GIL): on two cores that hides most of the decoding.
            with ThreadPoolExecutor(max_workers=1, thread_name_prefix="decode") as pool:
                ahead = pool.submit(prepare, starts[0]) if starts else None
                for number, _ in enumerate(starts):
                    if should_stop is not None and should_stop():
                        raise TrainingCancelled(QT_TRANSLATE_NOOP(
                            "core", "Finding the photos' features was cancelled."))
                    rows, digests, images, failed = ahead.result()
                    if number + 1 < len(starts):
                        ahead = pool.submit(prepare, starts[number + 1])
                    skipped.update(failed)

                    def compute(missing: np.ndarray, rows=rows, images=images):
                        return self._compute(np.stack([
                            images[m] if m in images else checked_photo(paths[rows[m]], size)[1]
                            for m in missing]))

                    if rows:
                        _, pooled, done = outputs.fetch(digests, None, compute, bottom=False)
                        features[rows] = pooled
                        computed += done
                        for row, digest in zip(rows, digests):
                            known[row] = digest
        finally:
            outputs.close()
        return PhotoFeatures(paths, features, skipped, computed, tuple(known), layouts)

    def pooled(self, pixels: np.ndarray) -> np.ndarray:
        """Pooled features ``(n, 1280)`` of decoded RGB photos ``(n, size, size, 3)``; not cached.

        For pixels that are no photo file's (a benchmark's photos flipped left-right):
        the cache is keyed by file content, so nothing here is kept.
        """
        return self._compute(np.asarray(pixels))[1]

    def _compute(self, batch: np.ndarray) -> tuple[list[np.ndarray], np.ndarray]:
        """(bottom parts, pooled features) of RGB photos, as a training run computes them."""
        import tensorflow as tf

        from core.training_steps import FROZEN_CHUNK, as_list

        bottoms, pooled = [], []
        # A few photos at a time, as training does: MobileNetV2's early activations then
        # stay in the CPU's cache (about twice as fast per photo as 32 at once).
        for start in range(0, len(batch), FROZEN_CHUNK):
            bottom, pool = self.steps.features(
                tf.constant(batch[start:start + FROZEN_CHUNK].astype(np.float32)))
            bottoms.append([part.numpy() for part in as_list(bottom)])
            pooled.append(pool.numpy())
        return [np.concatenate(parts) for parts in zip(*bottoms)], np.concatenate(pooled)


def unreadable_reason(error: ImageError | OSError) -> str:
    """Why a photo file cannot be used, in plain words."""
    if isinstance(error, ImageError):
        return error.reason
    return say(QT_TRANSLATE_NOOP("core", "the file cannot be read ({detail})"),
               detail=error.strerror or error)


def _plain(paths: list[Path], image_size: int, progress: _Progress, should_stop,
           weights, thumbnails: bool = False) -> tuple[PhotoFeatures, np.ndarray]:
    """`FeatureSession.features` of `paths`, and which of its rows are readable photos."""
    if not paths:
        empty = PhotoFeatures((), np.zeros((0, FEATURE_DIM), np.float32), {}, 0, (),
                              np.zeros((0, THUMBNAIL_SIZE ** 2), np.float32))
        return empty, np.zeros(0, bool)

    def polled() -> bool:
        # Polled once before each batch: the batches done so far.
        if polled.calls:
            progress.add(BATCH_SIZE)
        polled.calls += 1
        return should_stop is not None and should_stop()

    polled.calls = 0
    result = FeatureSession(image_size, weights).features(paths, should_stop=polled,
                                                          thumbnails=thumbnails)
    progress.add(len(paths) - BATCH_SIZE * max(0, polled.calls - 1))
    return result, ~np.isnan(result.features).any(axis=1)


def _thumbnail(path: Path, digest: str, size: int, pixels: np.ndarray | None) -> np.ndarray:
    """A photo's `thumbnail`: from the photo cache when known, else from its pixels (kept).

    `digest` is the photo's as its features were read, so a known thumbnail costs no
    second read of the file; `pixels`, when the features pass decoded them, no second
    decoding.

    Raises:
        ImageError, OSError: the photo must be decoded and cannot be.
    """
    from core.photo_cache import checked_photo, read_entry, write_entry

    layout = read_entry("thumbnail", _thumbnail_key(digest, size))
    if layout is not None and layout.shape == (THUMBNAIL_SIZE ** 2,):
        return layout
    if pixels is None:  # the features came from the cache; these pixels probably too
        digest, pixels = checked_photo(path, size)
    layout = thumbnail(pixels)
    write_entry("thumbnail", _thumbnail_key(digest, size), layout)
    return layout


def _thumbnail_key(digest: str, size: int) -> str:
    from core.photo_cache import PIXELS_VERSION, entry_key

    return entry_key("thumbnail", THUMBNAIL_SIZE, PIXELS_VERSION, digest, size)


def _same_random_weights(weights, seed: int = 0) -> None:
    # Random weights (testing) are drawn from one seed: every network built for them is
    # the same network, so a photo gets the same features in every pass and every call.
    if weights is None:
        import keras

        keras.utils.set_random_seed(seed)
