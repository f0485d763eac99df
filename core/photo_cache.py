"""The persistent cache: what never changes for the same photo bytes, kept between runs.

Entries are keyed by a photo's content digest (never its name or folder) and by
everything else they depend on, so a second run reuses what is still valid and
computes only the rest. Each entry is one file,
``<cache>/v1/<kind>/<2 hex>/<key>.npy``: a plain ``.npy`` (memory-mappable)
followed by a trailer with its length and a CRC-32, so a torn or damaged entry
is noticed and discarded, never used. Entries are written under a temporary
name and renamed, so a reader in another process sees a whole entry or none. A
hit refreshes the entry's modification time; when the cache outgrows its limit
the least recently used entries go first.

The cache lives in the user's cache folder (``platformdirs.user_cache_dir``,
which honours ``XDG_CACHE_HOME``), or in ``ALPACA_STUDIO_CACHE`` (``off``
disables it); never inside a photo folder. No TensorFlow here: the app shows
and frees the cache before TensorFlow has loaded.
"""

from __future__ import annotations

import hashlib
import io
import json
import os
import re
import struct
import time
import uuid
import zlib
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from core.images import check_photo, file_digest, open_rgb

CACHE_ENV = "ALPACA_STUDIO_CACHE"
LIMIT_ENV = "ALPACA_STUDIO_CACHE_MB"
DEFAULT_LIMIT_BYTES = 2_000_000_000
APP_NAME = "alpaca-studio"
FORMAT = "v1"
# Bump when `core.images` changes how a file becomes pixels (resizing, EXIF, colour):
# every entry computed from pixels then depends on it.
PIXELS_VERSION = 1
_OFF = frozenset({"", "0", "off", "none", "false", "no"})
_MAGIC = b"ALPCACHE"
_TRAILER = struct.Struct("<8sQI")  # magic, length of the .npy part, its CRC-32
_SUFFIX = ".npy"
_TEMP_SUFFIX = ".tmp"
_KEY = re.compile(r"[0-9a-f]{40}")
_FORMAT_DIR = re.compile(r"v[0-9]+")
# A hit refreshes "last used" at most this often: one write per entry per hour, not per read.
_TOUCH_AFTER = 3600.0
# A temporary file this old belongs to a run that crashed: nobody will rename it.
_STALE_TEMP = 3600.0
# Bound once: the cache's renames are its own business, not part of what a test that
# counts or fails a run's `os.replace` calls (tests/core/test_cli.py) is looking at.
_rename = os.replace


def cache_dir() -> Path | None:
    """The cache folder, or None when the cache is switched off (``ALPACA_STUDIO_CACHE=off``)."""
    value = os.environ.get(CACHE_ENV)
    if value is not None:
        return None if value.strip().lower() in _OFF else Path(value).expanduser()
    try:
        import platformdirs
    except ImportError:  # a source checkout without it: the same folder on Linux
        base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
        return Path(base) / APP_NAME
    return Path(platformdirs.user_cache_dir(APP_NAME))


def cache_limit() -> int:
    """The size the cache is trimmed to, in bytes (``ALPACA_STUDIO_CACHE_MB`` or 2 GB)."""
    value = os.environ.get(LIMIT_ENV, "").strip()
    try:
        return max(0, int(float(value) * 1_000_000)) if value else DEFAULT_LIMIT_BYTES
    except ValueError:
        return DEFAULT_LIMIT_BYTES


def entry_key(*parts) -> str:
    """The key of an entry that depends on exactly `parts` (JSON-serialisable values)."""
    text = json.dumps([FORMAT, *parts], sort_keys=True, separators=(",", ":"), default=str)
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


def entry_path(kind: str, key: str) -> Path | None:
    """Where the entry lives (a plain ``.npy`` a reader may memory-map); None when off."""
    root = cache_dir()
    return None if root is None else root / FORMAT / kind / key[:2] / f"{key}{_SUFFIX}"


def has_entry(kind: str, key: str) -> bool:
    """Whether the entry is there (without reading it: it may still prove damaged)."""
    path = entry_path(kind, key)
    return path is not None and path.is_file()


def read_entry(kind: str, key: str) -> np.ndarray | None:
    """The stored array, or None when there is none or it is damaged (then it is deleted)."""
    path = entry_path(kind, key)
    if path is None:
        return None
    try:
        with open(path, "rb") as handle:
            raw = handle.read()
            modified = os.fstat(handle.fileno()).st_mtime
    except OSError:
        return None
    array = _decode(raw)
    if array is None:
        _remove(path)
        return None
    if time.time() - modified > _TOUCH_AFTER:
        try:
            os.utime(path)
        except OSError:
            pass
    return array


def write_entry(kind: str, key: str, array: np.ndarray) -> bool:
    """Store `array`; False (and nothing changed) when the cache is off or cannot be written."""
    path = entry_path(kind, key)
    if path is None:
        return False
    data = _encode(array)
    temporary = path.with_name(f".{path.stem}.{os.getpid()}-{uuid.uuid4().hex[:8]}{_TEMP_SUFFIX}")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with open(temporary, "xb") as handle:
            handle.write(data)
        _rename(temporary, path)
        return True
    except OSError:  # a full or read-only disk: the run goes on without the cache
        _remove(temporary)
        return False


@dataclass(frozen=True)
class _File:
    path: Path
    size: int
    used: float


def cache_size() -> int:
    """Bytes the cache takes on disk (0 when it is off or empty)."""
    return sum(entry.size for entry in _files())


def clear_cache() -> int:
    """Delete every cache entry; the number of bytes freed.

    Only files the cache itself wrote are deleted (named by their key, in its
    own folders), so a cache folder pointed at the wrong place loses nothing else.
    """
    freed = 0
    for entry in _files(temporaries=True):
        if _remove(entry.path):
            freed += entry.size
    _remove_empty_folders()
    return freed


def trim_cache(limit: int | None = None) -> int:
    """Delete least recently used entries until the cache is at most `limit` bytes; bytes freed.

    Safe while other runs use the cache: a file that vanished meanwhile is
    skipped, and a reader that had it open still reads it whole.
    """
    limit = cache_limit() if limit is None else limit
    now = time.time()
    entries = []
    freed = 0
    for entry in _files(temporaries=True):
        if entry.path.name.endswith(_TEMP_SUFFIX):
            if now - entry.used > _STALE_TEMP and _remove(entry.path):
                freed += entry.size
            continue
        entries.append(entry)
    total = sum(entry.size for entry in entries)
    for entry in sorted(entries, key=lambda e: e.used):
        if total <= limit:
            break
        if _remove(entry.path):
            freed += entry.size
        total -= entry.size
    return freed


# -- pixels ------------------------------------------------------------------------------------
def checked_photo(path: str | Path, image_size: int | None = None
                  ) -> tuple[str, np.ndarray | None]:
    """A photo's digest and, with `image_size`, its pixels as training sees them.

    The pixels come from the cache when these exact bytes were decoded at this
    size before; otherwise the photo is decoded (`core.images.open_rgb`, which
    raises `ImageError` with the reason when it cannot be read) and remembered.
    Without `image_size` the photo is only proved readable: bytes that were
    decoded once before need not be decoded again.

    Raises:
        ImageError: the file cannot be read as a photo.
        OSError: the file vanished or became unreadable.
    """
    path = Path(path)
    try:
        before = os.stat(path)
        digest = file_digest(path)
    except OSError:
        open_rgb(path)  # the reason in plain words (missing, permission, link loop)
        raise
    size = (image_size, image_size) if image_size else None
    key = entry_key("pixels", PIXELS_VERSION, digest, image_size)
    if size is not None:
        cached = cached_pixels(digest, image_size)
        if cached is not None:
            return digest, cached
    elif read_entry("readable", entry_key("readable", PIXELS_VERSION, digest)) is not None:
        return digest, None
    if size is None:
        check_photo(path)  # every byte decoded, made small at once: giants cost one at a time
        array = None
    else:
        array = np.asarray(open_rgb(path, size), dtype=np.uint8)
    after = os.stat(path)
    # Bytes that changed while they were read would be remembered under the wrong digest.
    if (before.st_size, before.st_mtime_ns) == (after.st_size, after.st_mtime_ns):
        if array is not None:
            write_entry("pixels", key, array)
        write_entry("readable", entry_key("readable", PIXELS_VERSION, digest),
                    np.zeros(0, np.uint8))
    return digest, array


def cached_pixels(digest: str, image_size: int) -> np.ndarray | None:
    """The pixels `checked_photo` stored for these bytes at this size; None when not (whole)."""
    cached = read_entry("pixels", entry_key("pixels", PIXELS_VERSION, digest, image_size))
    if cached is None or cached.shape != (image_size, image_size, 3) or cached.dtype != np.uint8:
        return None
    return cached


# -- files -------------------------------------------------------------------------------------
def _encode(array: np.ndarray) -> bytes:
    buffer = io.BytesIO()
    np.lib.format.write_array(buffer, np.ascontiguousarray(array), allow_pickle=False)
    data = buffer.getvalue()
    return data + _TRAILER.pack(_MAGIC, len(data), zlib.crc32(data))


def _decode(raw: bytes) -> np.ndarray | None:
    if len(raw) < _TRAILER.size:
        return None
    magic, length, crc = _TRAILER.unpack_from(raw, len(raw) - _TRAILER.size)
    if magic != _MAGIC or length != len(raw) - _TRAILER.size:
        return None
    data = memoryview(raw)[:length]
    if zlib.crc32(data) != crc:
        return None
    try:
        return np.lib.format.read_array(io.BytesIO(data), allow_pickle=False)
    except (ValueError, OSError, EOFError):
        return None


def _files(temporaries: bool = False):
    """Every file the cache wrote: entries in its format folders (and temporaries)."""
    root = cache_dir()
    if root is None:
        return
    for folder in _scan(root):
        if not (folder.is_dir(follow_symlinks=False) and _FORMAT_DIR.fullmatch(folder.name)):
            continue
        for kind in _scan(folder):
            if not kind.is_dir(follow_symlinks=False):
                continue
            for prefix in _scan(kind):
                if not prefix.is_dir(follow_symlinks=False):
                    continue
                for item in _scan(prefix):
                    if not _ours(item.name, temporaries):
                        continue
                    try:
                        info = item.stat(follow_symlinks=False)
                    except OSError:  # deleted meanwhile by another run's trim
                        continue
                    if item.is_file(follow_symlinks=False):
                        yield _File(Path(item.path), info.st_size, info.st_mtime)


def _ours(name: str, temporaries: bool) -> bool:
    if name.endswith(_SUFFIX) and _KEY.fullmatch(name[:-len(_SUFFIX)]):
        return True
    return temporaries and name.startswith(".") and name.endswith(_TEMP_SUFFIX) and bool(
        _KEY.fullmatch(name[1:41]))


def _scan(folder: Path | os.DirEntry) -> list[os.DirEntry]:
    try:
        with os.scandir(folder) as entries:
            return list(entries)
    except OSError:
        return []


def _remove_empty_folders() -> None:
    root = cache_dir()
    if root is None:
        return
    for folder in _scan(root):
        if folder.is_dir(follow_symlinks=False) and _FORMAT_DIR.fullmatch(folder.name):
            for current, _, _ in os.walk(folder.path, topdown=False):
                try:
                    os.rmdir(current)  # only empty folders go
                except OSError:
                    pass


def _remove(path: Path) -> bool:
    try:
        os.unlink(path)
        return True
    except OSError:
        return False
