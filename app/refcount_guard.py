"""Keep `None`, `True` and `False` alive despite PySide6 6.12's reference-count bug.

On CPython 3.11, PySide6/shiboken6 6.12.0 gives back one reference too many
each time a Qt method returning nothing is called (`None` loses one; e.g.
``QLabel.setText``), and when `True` or `False` pass through a ``Signal(object)``.
After a few thousand calls the interpreter aborts with "Fatal Python error:
none_dealloc" (or bool_dealloc). CPython 3.12 made these objects immortal, which
hides the bug; here we do the same by hand, once, before any Qt call.
"""

from __future__ import annotations

import ctypes
import sys

_HEADROOM = 1 << 40


def protect_singletons() -> None:
    """Give None, True and False a reference count no leak can exhaust (CPython < 3.12)."""
    if sys.implementation.name != "cpython" or sys.version_info >= (3, 12):
        return
    for singleton in (None, True, False):
        # ob_refcnt is the first field of every CPython object.
        count = ctypes.c_ssize_t.from_address(id(singleton))
        if count.value < _HEADROOM:
            count.value += _HEADROOM
