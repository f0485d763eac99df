"""The shape of a background job, Qt-free (a training process imports it without Qt).

A job is a plain function ``job(on_progress, should_stop) -> result``, the shape of
`core`'s long functions; `app.worker` runs it off the GUI thread.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

OnProgress = Callable[[Any], None]
ShouldStop = Callable[[], bool]
Job = Callable[[OnProgress, ShouldStop], Any]
