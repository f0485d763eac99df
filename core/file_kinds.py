"""What a path is when it is not a plain file: said in words, before anything opens it.

Opening a named pipe (FIFO) waits forever for a writer, and a device has no size;
"empty (0 bytes)" or "does not exist" would be the wrong reason.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

from core.messages import QT_TRANSLATE_NOOP


def not_a_file_reason(path: str | Path) -> str:
    """"" for a regular file (or a link to one); else what it is: "a folder", "a named pipe (FIFO)"…

    A path that does not exist gives "" too: the caller says so in its own words.
    """
    try:
        mode = os.stat(path).st_mode
    except OSError:
        return ""
    if stat.S_ISREG(mode):
        return ""
    if stat.S_ISDIR(mode):
        return QT_TRANSLATE_NOOP("core", "a folder")
    if stat.S_ISFIFO(mode):
        return QT_TRANSLATE_NOOP("core", "a named pipe (FIFO), not a file with content")
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return QT_TRANSLATE_NOOP("core", "a device, not a file with content")
    if stat.S_ISSOCK(mode):
        return QT_TRANSLATE_NOOP("core", "a socket, not a file with content")
    return QT_TRANSLATE_NOOP("core", "not a regular file")
