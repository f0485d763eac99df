"""After TensorFlow has been imported into the window's process: keep the collector off it.

TensorFlow and Keras bring hundreds of thousands of long-lived Python objects.
Every full garbage collection walks them all while holding the interpreter lock,
which stops every thread, the window's included, for 150–300 ms: a visible
stutter while a slider moves or photos scroll. `gc.freeze()` moves everything
that exists now into a generation the collector never scans again.
"""

from __future__ import annotations

import gc
import sys


def engine_loaded() -> None:
    """Call from a job right after it imported a TensorFlow-using `core` module."""
    gc.freeze()


def freeze_if_engine_loaded() -> None:
    """For a window opened in a process where TensorFlow is already imported."""
    if "tensorflow" in sys.modules:
        gc.freeze()
