"""An exclusive claim on a place (a run folder, an export) that dies with its process.

The lock is a small hidden file beside the place, ``.<name>.lock``, held with
``fcntl.flock`` (POSIX) or ``msvcrt.locking`` (Windows). The operating system
lets go of it when the process ends however it ends (a crash, a kill, a power
cut), so a lock that can be taken means that nobody is working on the place:
whatever a dead process left half-done there can safely be cleaned up.
"""

from __future__ import annotations

import errno
import os
from pathlib import Path

from core.errors import CoreError
from core.messages import QT_TRANSLATE_NOOP, say

LOCK_SUFFIX = ".lock"

if os.name == "nt":  # pragma: no cover - exercised on Windows only
    import msvcrt

    def _try_lock(handle: int) -> bool:
        os.lseek(handle, 0, os.SEEK_SET)
        try:
            msvcrt.locking(handle, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True

    def _unlock(handle: int) -> None:
        os.lseek(handle, 0, os.SEEK_SET)
        msvcrt.locking(handle, msvcrt.LK_UNLCK, 1)
else:
    import fcntl

    def _try_lock(handle: int) -> bool:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError as error:
            if error.errno in (errno.EWOULDBLOCK, errno.EAGAIN, errno.EACCES):
                return False
            raise
        return True

    def _unlock(handle: int) -> None:
        fcntl.flock(handle, fcntl.LOCK_UN)


class PlaceBusyError(CoreError):
    """Another process is saving or training into the same place right now."""


def lock_path(target: str | Path) -> Path:
    """The lock file of `target`: ``.<name>.lock`` in the same folder."""
    target = Path(target)
    return target.parent / f".{target.name}{LOCK_SUFFIX}"


class PlaceLock:
    """Held: no other Alpaca Studio process works on `target` until `release()`.

    Use `acquire` (raises `PlaceBusyError`) or `try_acquire` (returns None).
    """

    def __init__(self, target: Path, handle: int, path: Path) -> None:
        self.target = target
        self.path = path
        self._handle: int | None = handle

    @property
    def held(self) -> bool:
        return self._handle is not None

    def release(self) -> None:
        """Let go of the place (also done by the operating system when the process ends)."""
        if self._handle is None:
            return
        handle, self._handle = self._handle, None
        # POSIX: remove the file while still holding it; a process that opened it in
        # the meantime sees that it is gone (`_open_locked` checks) and tries again.
        # Windows cannot remove an open file: it stays, empty and harmless.
        if os.name != "nt":
            try:
                os.unlink(self.path)
            except OSError:
                pass
        try:
            _unlock(handle)
        except OSError:
            pass
        os.close(handle)

    def __enter__(self) -> PlaceLock:
        return self

    def __exit__(self, *exc_info) -> None:
        self.release()

    def __del__(self) -> None:  # a lock dropped without release() still lets go
        try:
            self.release()
        except Exception:
            pass


def try_acquire(target: str | Path) -> PlaceLock | None:
    """The lock of `target` if no one holds it, else None.

    Raises:
        OSError: the lock file cannot be created (a folder one cannot write in).
    """
    target = Path(target)
    path = lock_path(target)
    for _ in range(100):
        handle = os.open(path, os.O_RDWR | os.O_CREAT, 0o666)
        try:
            if not _try_lock(handle):
                os.close(handle)
                return None
            if os.name != "nt" and not _same_file(handle, path):
                # Released and removed between our open and our lock: take the new file.
                _unlock(handle)
                os.close(handle)
                continue
        except BaseException:
            os.close(handle)
            raise
        return PlaceLock(target, handle, path)
    return None


def acquire(target: str | Path, what: str = "run") -> PlaceLock:
    """The lock of `target`, or `PlaceBusyError` saying that another process is using it.

    Raises:
        PlaceBusyError: another Alpaca Studio process holds it.
        OSError: the lock file cannot be created.
    """
    lock = try_acquire(target)
    if lock is None:
        raise PlaceBusyError(say(_BUSY.get(what, _BUSY_OTHER), target=target, what=what))
    return lock


# By what is being saved (the name of it is a word of the sentence, not a value).
_BUSY = {
    "run": QT_TRANSLATE_NOOP(
        "core", "{target} is in use by another Alpaca Studio process (training or saving a run "
        "there right now); wait for it to finish, or choose another name."),
    "export": QT_TRANSLATE_NOOP(
        "core", "{target} is in use by another Alpaca Studio process (training or saving a "
        "export there right now); wait for it to finish, or choose another name."),
}
_BUSY_OTHER = QT_TRANSLATE_NOOP(
    "core", "{target} is in use by another Alpaca Studio process (training or saving a {what} "
    "there right now); wait for it to finish, or choose another name.")


def _same_file(handle: int, path: Path) -> bool:
    try:
        now = os.stat(path)
    except FileNotFoundError:
        return False
    held = os.fstat(handle)
    return (now.st_dev, now.st_ino) == (held.st_dev, held.st_ino)
