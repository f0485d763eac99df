"""Small upright previews of photos, cached on disk so a second visit is instant."""

from __future__ import annotations

import hashlib
import os
import tempfile
from pathlib import Path

from PIL import Image

from core.errors import ImageError
from core.images import open_rgb
from core.messages import QT_TRANSLATE_NOOP


def make_thumbnail(path: str | Path, size: int, cache_dir: str | Path | None = None
                   ) -> Image.Image:
    """The photo at `path` fitted within `size`×`size` pixels, EXIF rotation applied.

    With `cache_dir`, a thumbnail made before for the same file (same path, size
    and modification time) is read from there, and a new one is stored there.

    Raises:
        ImageError: the photo cannot be read, with the reason in plain words.
    """
    if size < 1:
        raise ValueError(f"size must be positive. Received: size={size}")
    path = Path(path)
    cached = _cache_file(path, size, cache_dir) if cache_dir is not None else None
    if cached is not None and cached.is_file():
        try:
            with Image.open(cached) as image:
                return image.convert("RGB")
        except OSError:
            pass  # a damaged cache entry is simply made again
    thumbnail = open_rgb(path, (size, size), fit="within")
    if cached is not None:
        _store(thumbnail, cached)
    return thumbnail


def _cache_file(path: Path, size: int, cache_dir: str | Path) -> Path | None:
    try:
        info = path.stat()
    except FileNotFoundError as error:
        raise ImageError(path, QT_TRANSLATE_NOOP("core", "the file no longer exists")) from error
    except OSError:
        return None
    key = f"{path.absolute()}\0{info.st_size}\0{info.st_mtime_ns}\0{size}"
    digest = hashlib.sha1(key.encode("utf-8", "surrogateescape")).hexdigest()
    return Path(cache_dir) / digest[:2] / f"{digest}.jpg"


def _store(image: Image.Image, file: Path) -> None:
    # The cache is a convenience: failing to write it must never fail the thumbnail.
    try:
        file.parent.mkdir(parents=True, exist_ok=True)
        handle, temp = tempfile.mkstemp(dir=file.parent, prefix=".thumb-")
        with os.fdopen(handle, "wb") as out:
            image.save(out, "JPEG", quality=85)
        os.replace(temp, file)
    except OSError:
        try:
            os.unlink(temp)
        except (OSError, UnboundLocalError):
            pass
