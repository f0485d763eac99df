"""Photos and stored activations read a batch at a time, so memory does not grow with the photos.

A training run never holds all its photos' pixels or all their frozen-part
outputs: the pixels are decoded into the persistent cache when the photos are
checked (`core.photo_cache.checked_photo`) and read back here a batch at a
time; what the frozen part made of them is kept in memory only up to a fixed
budget (`core.frozen_cache.FrozenOutputs`) and otherwise read back from the
disk cache. The reading runs ahead of the training in a thread of its own
(`prefetched`), so the next batch is read from disk while the current one trains.
Not a `tf.data` pipeline: its generator copies every batch into tensors and back,
which cost the training thread ~40 ms a batch of stored outputs (a warm run of
bench_train's photos under cProfile: 2.6 s of 32 s), more than the reading it hid.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ThreadPoolExecutor

import numpy as np

from core.dataset import Photo
from core.errors import DatasetError, ImageError
from core.messages import QT_TRANSLATE_NOOP, say
from core.photo_cache import cached_pixels, checked_photo

# Batches read ahead of the one training: one is enough to hide a disk read behind a
# step; more would only hold more batches in memory.
PREFETCH_BATCHES = 2
NO_LONGER_READ = QT_TRANSLATE_NOOP(
    "core", "{path} can no longer be read ({reason}); check the photos and train again.")


class PhotoPixels:
    """The pixels of a run's photos at one size, a batch at a time.

    From `images` when the caller already holds them decoded (a report checked
    with ``keep_images=True``), else from the persistent cache by the photo's
    digest, else decoded from the file again (the cache is off, full, or was trimmed).
    """

    def __init__(self, photos: Sequence[Photo], image_size: int,
                 images: np.ndarray | None = None) -> None:
        self.photos = photos
        self.image_size = image_size
        self.images = images if images is not None and len(images) == len(photos) else None

    def batch(self, indices: Sequence[int] | np.ndarray) -> np.ndarray:
        """The photos `indices` (into `photos`) as ``(n, size, size, 3)`` uint8.

        Raises:
            DatasetError: a photo changed, vanished or became unreadable since it was checked.
        """
        size = self.image_size
        out = np.empty((len(indices), size, size, 3), np.uint8)
        for row, index in enumerate(indices):
            out[row] = self._one(int(index))
        return out

    def _one(self, index: int) -> np.ndarray:
        if self.images is not None:
            return self.images[index]
        photo = self.photos[index]
        pixels = cached_pixels(photo.digest, self.image_size)
        if pixels is not None:
            return pixels
        try:
            digest, pixels = checked_photo(photo.path, self.image_size)
        except ImageError as error:
            raise DatasetError(say(NO_LONGER_READ, path=photo.path,
                                   reason=error.reason)) from error
        except OSError as error:
            raise DatasetError(say(NO_LONGER_READ, path=photo.path,
                                   reason=error.strerror or error)) from error
        # The stored outputs are keyed by the digest the run started with: other bytes under
        # that key would poison the cache for every later run.
        if digest != photo.digest:
            raise DatasetError(say(QT_TRANSLATE_NOOP(
                "core", "{path} changed while the model was training; train again to use the "
                "photo as it is now."), path=photo.path))
        return pixels


def prefetched(batches: Sequence, load: Callable[..., tuple[np.ndarray, ...]],
               depth: int = PREFETCH_BATCHES) -> Iterator[tuple[np.ndarray, ...]]:
    """``load(batch)`` for each of `batches`, in order, read up to `depth` batches ahead.

    `load` runs in a reading thread (file reads and NumPy copies let the training
    thread run meanwhile). An exception it raises comes out of this iterator as
    itself, after the batches loaded before it; the batches after it are not read.
    """
    pending = iter(batches)
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="read-ahead") as reader:
        ahead = deque(reader.submit(load, batch) for _, batch in zip(range(depth), pending))
        try:
            while ahead:
                item = ahead.popleft().result()  # re-raises `load`'s own exception
                for batch in pending:
                    ahead.append(reader.submit(load, batch))
                    break
                yield item
        finally:  # stopped early (an error, a cancelled run): read nothing more
            for future in ahead:
                future.cancel()
