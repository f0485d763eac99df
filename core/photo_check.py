"""Opening many photos on several cores, with memory that does not grow with the cores.

The dataset check (`core.dataset.check_dataset`) decodes every photo once and keeps
only what it learnt (readable or not, the content digest). Three bounds keep its
memory flat however many cores a machine has:

- a bounded pool: at most `MAX_WORKERS` threads (Pillow decodes without the GIL, so
  threads use the cores; processes would each hold a copy of the interpreter);
- a bounded queue: at most `PENDING_PER_WORKER` results per thread wait to be
  collected, in order, so a slow photo never lets thousands of results pile up;
- a pixel budget: the photos being decoded at one time hold at most
  `DECODE_BUDGET_PIXELS` pixels between them (a picture larger than the budget is
  decoded alone), whatever the number of threads.

No Qt, no TensorFlow: `core` stays GUI-free, and the check runs before TensorFlow loads.
"""

from __future__ import annotations

import contextlib
import os
import threading
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from concurrent.futures import TimeoutError as FutureTimeout
from pathlib import Path
from typing import TypeVar

from PIL import Image

from core.errors import TrainingCancelled
from core.messages import QT_TRANSLATE_NOOP

MAX_WORKERS = 8
PENDING_PER_WORKER = 2
# 32 megapixels: two 16 MP photos at once (each about 48 MB as RGB, a few copies while
# it is turned upright and converted), or hundreds of ordinary ones.
DECODE_BUDGET_PIXELS = 32_000_000
# How often a wait for a slow photo looks at `should_stop` (seconds).
_POLL_SECONDS = 0.05

Item = TypeVar("Item")
Result = TypeVar("Result")


def default_workers() -> int:
    """The number of decoding threads: one per core, at most `MAX_WORKERS`."""
    return max(1, min(MAX_WORKERS, os.cpu_count() or 1))


class PixelBudget:
    """Lets decodes start only while the pixels being decoded stay within `limit`.

    A request larger than the whole budget waits until nothing else is being
    decoded, then goes alone: a giant picture is slow, never refused here.
    """

    def __init__(self, limit: int = DECODE_BUDGET_PIXELS) -> None:
        if limit < 1:
            raise ValueError(f"limit must be positive. Received: limit={limit}")
        self.limit = limit
        self.in_use = 0
        self.peak = 0  # the most pixels ever held at once (for tests and benchmarks)
        self._changed = threading.Condition()

    @contextlib.contextmanager
    def hold(self, pixels: int) -> Iterator[None]:
        """Hold `pixels` of the budget while the block runs."""
        pixels = max(0, min(int(pixels), self.limit))
        with self._changed:
            while self.in_use and self.in_use + pixels > self.limit:
                self._changed.wait()
            self.in_use += pixels
            self.peak = max(self.peak, self.in_use)
        try:
            yield
        finally:
            with self._changed:
                self.in_use -= pixels
                self._changed.notify_all()


def decoded_pixels(path: str | Path, size: tuple[int, int] | None) -> int:
    """How many pixels decoding `path` for a target of `size` will hold (header only).

    JPEGs decode at 1/2, 1/4 or 1/8 scale when the target is that small
    (`core.images.open_rgb`), and the estimate says so. A file whose header cannot
    be read costs nothing here: the decode that follows says why it cannot be read.
    """
    try:
        with Image.open(path) as image:
            if size is not None and image.format == "JPEG":
                image.draft("RGB", (max(size), max(size)))
            width, height = image.size
    except Exception:  # noqa: BLE001 - any unreadable header: the real decode reports it
        return 0
    return width * height


def map_bounded(
    function: Callable[[Item], Result],
    items: Iterable[Item],
    *,
    workers: int,
    pending_per_worker: int = PENDING_PER_WORKER,
    should_stop: Callable[[], bool] | None = None,
) -> Iterator[tuple[Item, Result]]:
    """``(item, function(item))`` for each item, in order, computed on `workers` threads.

    At most ``workers * pending_per_worker`` items are submitted and not yet
    collected, so results never pile up faster than the caller takes them. When
    `should_stop` turns true, no new item starts, the waiting ones are dropped, the
    running ones (at most `workers`) finish, and `TrainingCancelled` is raised.
    Closing the iterator early stops the same way, without raising.
    """
    if workers < 1:
        raise ValueError(f"workers must be at least 1. Received: workers={workers}")
    if pending_per_worker < 1:
        raise ValueError("pending_per_worker must be at least 1. "
                         f"Received: pending_per_worker={pending_per_worker}")
    stop = should_stop or (lambda: False)
    window = workers * pending_per_worker
    source = iter(items)
    pending: deque[tuple[Item, Future]] = deque()
    cancelled = threading.Event()  # set: a worker that has not started an item skips it

    def run(item: Item) -> Result | None:
        if cancelled.is_set():
            return None
        return function(item)

    pool = ThreadPoolExecutor(max_workers=workers, thread_name_prefix="photo-check")
    try:
        while True:
            while len(pending) < window:
                item = next(source, _END)
                if item is _END:
                    break
                pending.append((item, pool.submit(run, item)))
            if not pending:
                return
            item, future = pending.popleft()
            while True:
                if stop():
                    raise TrainingCancelled(QT_TRANSLATE_NOOP("core",
                                                              "The photo check was cancelled."))
                try:
                    result = future.result(timeout=_POLL_SECONDS)
                    break
                except FutureTimeout:
                    continue
            yield item, result
    finally:
        cancelled.set()
        for _, future in pending:
            future.cancel()
        pool.shutdown(wait=True, cancel_futures=True)


_END = object()

# One budget for the whole process: two checks running at once (the Sort page's and the
# Train page's) share it instead of doubling what may be decoded.
SHARED_BUDGET = PixelBudget()
