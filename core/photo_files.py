"""Copying and moving photos into class folders without ever losing or overwriting one.

Every operation either completes or leaves the source and the destination folder
exactly as they were. A copy is written to a hidden temporary file in the
destination folder, then given its final name with ``os.link``, which refuses to
replace an existing file (``os.replace`` would silently overwrite one that appeared
meanwhile). A name that is taken gets a suffix: ``photo.jpg`` → ``photo (2).jpg``.
Each operation returns a `FileOperation` from which `undo_operation` restores the
previous state: the copy we made is removed, a moved photo goes back where it was.
"""

from __future__ import annotations

import errno
import hashlib
import itertools
import os
import shutil
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from core.errors import CoreError
from core.messages import QT_TRANSLATE_NOOP, say

TEMP_PREFIX = ".alpaca-partial-"
_CHUNK = 1 << 20
# Filesystems (FAT, some network shares) without hard links report one of these.
_NO_LINKS = frozenset({errno.EPERM, errno.ENOTSUP, errno.EOPNOTSUPP, errno.EMLINK, errno.ENOSYS})


class PhotoFileError(CoreError):
    """A photo could not be copied or moved; nothing was changed."""

    def __init__(self, path: str | Path, reason: str) -> None:
        self.path = Path(path)
        self.reason = reason
        super().__init__(f"{self.path.name}: {reason}")


@dataclass(frozen=True)
class FileOperation:
    """One completed copy or move: enough to undo it exactly."""

    kind: Literal["copy", "move"]
    source: Path
    destination: Path
    # SHA-1 of the copy we wrote, so undo removes it only if it is still ours.
    digest: str | None = None


def copy_photo(source: str | Path, folder: str | Path, name: str | None = None) -> FileOperation:
    """Copy `source` into `folder` under `name` (default: its own), adding a suffix if taken.

    Raises:
        PhotoFileError: naming the photo and the reason; nothing was written.
    """
    source, folder = Path(source), Path(folder)
    _require_file(source)
    temp = None
    try:
        handle, temp_name = tempfile.mkstemp(dir=folder, prefix=TEMP_PREFIX)
        temp = Path(temp_name)
        digest = hashlib.sha1()
        with os.fdopen(handle, "wb") as out, open(source, "rb") as src:
            while chunk := src.read(_CHUNK):
                digest.update(chunk)
                out.write(chunk)
            out.flush()
            os.fsync(out.fileno())
        shutil.copystat(source, temp)
        destination = _place(temp, folder, name or source.name)
    except OSError as error:
        _remove_quietly(temp)
        raise PhotoFileError(source, _reason(error, source, folder)) from error
    except BaseException:
        _remove_quietly(temp)
        raise
    return FileOperation("copy", source, destination, digest.hexdigest())


def move_photo(source: str | Path, folder: str | Path, name: str | None = None) -> FileOperation:
    """Move `source` into `folder` under `name` (default: its own), adding a suffix if taken.

    Raises:
        PhotoFileError: naming the photo and the reason; nothing was moved.
    """
    source, folder = Path(source), Path(folder)
    _require_file(source)
    try:
        destination = _link_unique(source, folder, name or source.name)
    except OSError as error:
        if error.errno not in _NO_LINKS and error.errno != errno.EXDEV:
            raise PhotoFileError(source, _reason(error, source, folder)) from error
        return _move_by_copy(source, folder, name)
    try:
        os.unlink(source)
    except OSError as error:
        _remove_quietly(destination)
        raise PhotoFileError(source, _reason(error, source, folder)) from error
    return FileOperation("move", source, destination)


def undo_operation(operation: FileOperation) -> FileOperation | None:
    """Reverse `operation`: remove the copy we made, or move the photo back where it was.

    Returns the move that put the photo back (None for a copy).

    Raises:
        PhotoFileError: naming the photo and why it could not be put back; every file
            is then exactly where it was before the call.
    """
    if operation.kind == "copy":
        _remove_own_copy(operation)
        return None
    try:
        return move_photo(operation.destination, operation.source.parent,
                          operation.source.name)
    except PhotoFileError as error:
        raise PhotoFileError(operation.destination, say(QT_TRANSLATE_NOOP(
            "core", "it could not be put back in {folder}: {reason}"),
            folder=operation.source.parent, reason=error.reason)) from error


def unique_name(folder: Path, name: str) -> Iterator[Path]:
    """``photo.jpg``, ``photo (2).jpg``, ``photo (3).jpg``, … inside `folder`."""
    stem, suffix = _split(name)
    yield folder / name
    for number in itertools.count(2):
        yield folder / f"{stem} ({number}){suffix}"


def _split(name: str) -> tuple[str, str]:
    dot = name.rfind(".")
    if dot <= 0:
        return name, ""
    return name[:dot], name[dot:]


def _place(temp: Path, folder: Path, name: str) -> Path:
    """Give the complete temporary file `temp` a free final name; never overwrites."""
    try:
        destination = _link_unique(temp, folder, name)
    except OSError as error:
        if error.errno not in _NO_LINKS:
            raise
        destination = _claim_and_replace(temp, folder, name)
    else:
        _remove_quietly(temp)
    return destination


def _link_unique(existing: Path, folder: Path, name: str) -> Path:
    for candidate in unique_name(folder, name):
        try:
            os.link(existing, candidate)
        except FileExistsError:
            continue
        return candidate
    raise AssertionError("unreachable")


def _claim_and_replace(temp: Path, folder: Path, name: str) -> Path:
    # Without hard links: reserve a free name exclusively, then replace our own placeholder.
    for candidate in unique_name(folder, name):
        try:
            os.close(os.open(candidate, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o644))
        except FileExistsError:
            continue
        try:
            os.replace(temp, candidate)
        except OSError:
            _remove_quietly(candidate)
            raise
        return candidate
    raise AssertionError("unreachable")


def _move_by_copy(source: Path, folder: Path, name: str | None) -> FileOperation:
    copied = copy_photo(source, folder, name)
    try:
        os.unlink(source)
    except OSError as error:
        _remove_quietly(copied.destination)
        raise PhotoFileError(source, _reason(error, source, folder)) from error
    return FileOperation("move", source, copied.destination)


def _remove_own_copy(operation: FileOperation) -> None:
    destination = operation.destination
    try:
        with open(destination, "rb") as handle:
            digest = hashlib.file_digest(handle, "sha1").hexdigest()
    except FileNotFoundError:
        return  # already gone: nothing of ours left to remove
    except OSError as error:
        raise PhotoFileError(destination, _reason(error, destination, destination.parent)) \
            from error
    if operation.digest is not None and digest != operation.digest:
        raise PhotoFileError(destination, QT_TRANSLATE_NOOP(
            "core", "the copy was changed after it was made, so it was kept rather than deleted"))
    try:
        os.unlink(destination)
    except FileNotFoundError:
        return
    except OSError as error:
        raise PhotoFileError(destination, _reason(error, destination, destination.parent)) \
            from error


def _require_file(source: Path) -> None:
    if not source.exists():
        raise PhotoFileError(source, _GONE)
    if not source.is_file():
        raise PhotoFileError(source, QT_TRANSLATE_NOOP("core", "this is not a file"))


def _remove_quietly(path: Path | None) -> None:
    if path is None:
        return
    try:
        os.unlink(path)
    except OSError:
        pass


_GONE = QT_TRANSLATE_NOOP("core", "the photo no longer exists (it was moved or deleted)")


def _reason(error: OSError, source: Path, folder: Path) -> str:
    if error.errno == errno.ENOSPC or error.errno == errno.EDQUOT:
        return say(QT_TRANSLATE_NOOP("core", "the disk is full (no room in {folder})"),
                   folder=folder)
    if error.errno == errno.EROFS:
        return say(QT_TRANSLATE_NOOP("core", "the folder {folder} is read-only"), folder=folder)
    if isinstance(error, PermissionError) or error.errno in (errno.EACCES, errno.EPERM):
        return _permission_reason(error, source, folder)
    if isinstance(error, FileNotFoundError):
        if not source.exists():
            return _GONE
        return say(QT_TRANSLATE_NOOP("core", "the folder {folder} no longer exists"),
                   folder=folder)
    return say(QT_TRANSLATE_NOOP("core", "the file system refused: {reason}"),
               reason=error.strerror or error)


def _permission_reason(error: OSError, source: Path, folder: Path) -> str:
    """Blame the side that refused: the destination folder, or the photo's own folder."""
    names = [Path(n) for n in (error.filename, getattr(error, "filename2", None)) if n]
    in_destination = any(_inside(name, folder) for name in names) or (
        not names and not os.access(folder, os.W_OK))
    if in_destination or not os.access(folder, os.W_OK | os.X_OK):
        return say(QT_TRANSLATE_NOOP(
            "core", "the folder {folder} cannot be written in (permission denied)"),
            folder=folder)
    if not os.access(source.parent, os.W_OK | os.X_OK):
        return say(QT_TRANSLATE_NOOP(
            "core", "the photo cannot be taken out of {folder} (permission denied); it was left "
            "where it is"), folder=source.parent)
    where = names[0] if names else folder
    return say(QT_TRANSLATE_NOOP("core", "permission denied ({where})"), where=where)


def _inside(path: Path, folder: Path) -> bool:
    try:
        return os.path.abspath(path) == os.path.abspath(folder) or \
            os.path.abspath(path.parent) == os.path.abspath(folder)
    except (OSError, ValueError):
        return False
