"""The photos' features computed in a child process, as training is (`app.steps.train.process`).

TensorFlow holds Python's GIL for seconds at a time while it builds and traces
MobileNetV2, and often for tens of milliseconds while it runs it; in a thread of the
window's process that freezes the window. In its own process (niced, so the window
and the desktop come first) it cannot. The window's thread only waits on a queue.
No Qt here: the child imports this module.
"""

from __future__ import annotations

import multiprocessing
import os
import queue
from collections.abc import Callable, Sequence
from pathlib import Path

import numpy as np

from core.errors import CoreError
from core.messages import QT_TRANSLATE_NOOP, say

POLL = 0.05
ENDED = QT_TRANSLATE_NOOP(
    "core", "The process that looks at the photos ended unexpectedly (exit code {code}).")
NICENESS = 5


class FeatureProcess:
    """A callable ``(paths, should_stop) → (features, thumbnails)`` served by one child process.

    The child builds `core.photo_features.FeatureSession` once and answers batch after
    batch: each photo's pooled features and its `core.near_copies.thumbnail` (what
    `audit` finds recompressed and mirrored copies with too), NaN rows for unreadable
    photos. Use from one thread at a time; `close` ends it.
    """

    def __init__(self) -> None:
        self._child = None
        self._requests = self._answers = None

    def __call__(self, paths: Sequence[Path], should_stop: Callable[[], bool]
                 ) -> tuple[np.ndarray, np.ndarray]:
        self._start()
        self._requests.put([str(p) for p in paths])
        while True:
            try:
                kind, payload = self._answers.get(timeout=POLL)
            except queue.Empty:
                if not self._child.is_alive():
                    code, self._child = self._child.exitcode, None
                    # An engine sentence (no Qt here): the window says it with engine_text.
                    raise CoreError(say(ENDED, code=code)) from None
                continue
            if kind == "features":
                return payload
            raise CoreError(payload)

    def close(self) -> None:
        """End the child (it finishes the batch it is on, or is terminated)."""
        child, self._child = self._child, None
        if child is None:
            return
        self._requests.put(None)
        child.join(2)
        if child.is_alive():
            child.terminate()
            child.join(2)

    def _start(self) -> None:
        if self._child is not None and self._child.is_alive():
            return
        context = multiprocessing.get_context("spawn")
        self._requests, self._answers = context.Queue(), context.Queue()
        self._child = context.Process(target=_serve, name="alpaca-studio-features",
                                      args=(self._requests, self._answers), daemon=True)
        self._child.start()


def _serve(requests, answers) -> None:
    """The child: build the network once, then answer each list of paths with features
    and thumbnails."""
    os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "2")
    if hasattr(os, "nice"):
        os.nice(NICENESS)
    try:
        from core.photo_features import FeatureSession

        session = FeatureSession()
    except Exception as error:  # no weights, no TensorFlow: every request gets the reason
        reason = str(error) if isinstance(error, CoreError) else f"{type(error).__name__}: {error}"
        session = None
    while True:
        paths = requests.get()
        if paths is None:
            break
        if session is None:
            answers.put(("error", reason))
            continue
        try:
            found = session.features(paths, thumbnails=True)
            answers.put(("features", (found.features, found.thumbnails)))
        except Exception as error:  # the window explains it; the child keeps serving
            answers.put(("error", str(error) if isinstance(error, CoreError)
                         else f"{type(error).__name__}: {error}"))
    answers.close()
    answers.join_thread()
