"""Reading photos safely: every supported format, any colour mode, EXIF rotation applied.

One function opens every photo Alpaca Studio touches (dataset check, training,
prediction, thumbnails), so a file that trains is a file that predicts, and a
file that fails anywhere fails with the same plain reason everywhere.
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import math
import struct
import threading
import warnings
from pathlib import Path

import numpy as np
from PIL import Image, ImageOps, UnidentifiedImageError

from core.errors import ImageError
from core.file_kinds import not_a_file_reason
from core.messages import QT_TRANSLATE_NOOP, say

# Pillow warns between its limit and twice it; we refuse those files ourselves
# (`_refuse_bombs`), so the warning would only be noise. Set once, never toggled:
# toggling warning filters is not thread-safe and photos are read on several threads.
warnings.filterwarnings("ignore", category=Image.DecompressionBombWarning)

IMAGE_SUFFIXES = frozenset({".jpg", ".jpeg", ".png", ".bmp", ".gif", ".webp", ".tif", ".tiff"})
# Files that operating systems and cloud drives drop into folders; never photos.
SYSTEM_FILE_NAMES = frozenset({".ds_store", "thumbs.db", "desktop.ini", "ehthumbs.db", "icon\r"})
# Pillow's own limit (about 89 megapixels), checked before any pixel is decoded.
MAX_PIXELS = min(100_000_000, Image.MAX_IMAGE_PIXELS or 100_000_000)
_TOO_LARGE = QT_TRANSLATE_NOOP("core", "the picture is too large to open safely ({detail}); "
                               "refused as a possible decompression bomb")
_SIXTEEN_BIT_MODES = frozenset({"I;16", "I;16B", "I;16L", "I;16N", "I"})
# Pictures above this many pixels are decoded one at a time (`_GIANT`); below it,
# as many at once as there are threads. 16 MP RGB is 48 MB decoded.
GIANT_PIXELS = 16_000_000
_GIANT = threading.Lock()
# Deep pictures are scaled to 8 bits in bands of about this many pixels (float32: 4 MB each).
_BAND_PIXELS = 1_000_000
# First bytes of pictures Pillow may not open (ISO media boxes at offset 4).
_PICTURE_MAGIC = (
    (b"\xff\xd8\xff", 0, "JPEG"), (b"\x89PNG", 0, "PNG"), (b"GIF8", 0, "GIF"),
    (b"II*\x00", 0, "TIFF or camera RAW"), (b"MM\x00*", 0, "TIFF or camera RAW"),
    (b"ftypheic", 4, "HEIC"), (b"ftypheix", 4, "HEIC"), (b"ftypmif1", 4, "HEIF"),
    (b"ftypmsf1", 4, "HEIF"), (b"ftypavif", 4, "AVIF"), (b"\xff\x0a", 0, "JPEG XL"),
    (b"\x00\x00\x00\x0cJXL ", 0, "JPEG XL"), (b"FUJIFILMCCD-RAW", 0, "RAF"),
)
# The size the dataset check makes each photo after decoding all of it (`check_photo`).
CHECK_SIZE = (64, 64)


def is_ignored_name(name: str) -> bool:
    """Hidden and system files (``.DS_Store``, ``Thumbs.db``, ``._photo.jpg``) are never photos."""
    return name.startswith(".") or name.lower() in SYSTEM_FILE_NAMES


def open_rgb(path: str | Path, size: tuple[int, int] | None = None, *,
             fit: str = "stretch") -> Image.Image:
    """Open a photo as an RGB `PIL.Image`, fully decoded, upright, optionally resized.

    Args:
        path: the photo's file.
        size: ``(width, height)`` to resize to, or None for the full image.
        fit: ``"stretch"`` resizes to exactly `size` (what training does, like
            Keras' ``image_dataset_from_directory``); ``"within"`` keeps the
            aspect ratio and fits inside `size` (thumbnails).

    Raises:
        ImageError: naming the file and, in plain words, why it cannot be read.
    """
    path = Path(path)
    if fit not in ("stretch", "within"):
        raise ValueError(f"fit must be 'stretch' or 'within'. Received: fit={fit}")
    try:
        kind = not_a_file_reason(path)
        if kind == "a folder":
            raise ImageError(path, QT_TRANSLATE_NOOP("core", "this is a folder, not a photo"))
        if kind:  # never opened: reading a named pipe would wait forever
            raise ImageError(path, say(QT_TRANSLATE_NOOP("core", "this is {kind}, not a photo"),
                                       kind=kind))
        if path.stat().st_size == 0:
            raise ImageError(path, QT_TRANSLATE_NOOP("core", "the file is empty (0 bytes)"))
        with Image.open(path) as image:
            _refuse_bombs(path, image)
            if size is not None and image.format == "JPEG":
                # Decode at 1/2, 1/4 or 1/8 scale when the target is that small:
                # a 1024 px JPEG read for a 160 px model costs a fraction.
                image.draft("RGB", (max(size), max(size)))
            width, height = image.size
            # One giant picture at a time, whatever the number of threads: a budget
            # of memory that does not grow with the number of cores.
            giant = _GIANT if width * height > GIANT_PIXELS else contextlib.nullcontext()
            with giant:
                image.load()
                upright = ImageOps.exif_transpose(image)
                rgb = _to_rgb(upright, size, fit)
                # Freed before the next giant may start, not when this function returns.
                for decoded in {id(image): image, id(upright): upright}.values():
                    if decoded is not rgb:
                        decoded.close()
                del upright
    except ImageError:
        raise
    except Image.DecompressionBombError as error:
        raise ImageError(path, say(_TOO_LARGE, detail=say(QT_TRANSLATE_NOOP(
            "core", "more than {megapixels} megapixels"), megapixels=MAX_PIXELS // 1_000_000))) \
            from error
    except UnidentifiedImageError as error:
        raise ImageError(path, QT_TRANSLATE_NOOP(
            "core", "not a photo Alpaca Studio can read "
            "(supported: JPEG, PNG, BMP, GIF, WebP, TIFF)")) from error
    except FileNotFoundError as error:
        raise ImageError(path, QT_TRANSLATE_NOOP("core", "the file no longer exists")) from error
    except PermissionError as error:
        raise ImageError(path, QT_TRANSLATE_NOOP(
            "core", "permission denied: the file cannot be read")) from error
    except MemoryError as error:
        raise ImageError(path, QT_TRANSLATE_NOOP(
            "core", "the computer ran out of memory opening this picture")) from error
    except OSError as error:
        if error.errno == errno.ELOOP:
            raise ImageError(path, QT_TRANSLATE_NOOP(
                "core", "a shortcut (symbolic link) that points back to itself")) from error
        raise ImageError(path, say(QT_TRANSLATE_NOOP(
            "core", "the file is damaged or incomplete ({detail})"), detail=error)) from error
    except (ValueError, SyntaxError, struct.error, EOFError) as error:
        raise ImageError(path, say(QT_TRANSLATE_NOOP("core", "the file is damaged ({detail})"),
                                   detail=error)) from error
    return rgb


def check_photo(path: str | Path) -> None:
    """Decode the whole photo once (raising `ImageError` if it cannot be), keeping nothing.

    What the dataset check does for each file: every byte is decoded, but the
    result is made small at once, so a folder of giant pictures costs one at a time.
    """
    open_rgb(path, CHECK_SIZE, fit="within")


def load_array(path: str | Path, size: tuple[int, int]) -> np.ndarray:
    """The photo as a ``(height, width, 3)`` uint8 array of exactly `size`, as training sees it."""
    return np.asarray(open_rgb(path, size), dtype=np.uint8)


def picture_format(path: str | Path) -> str:
    """The picture format of the file at `path` judged by its content ("" when it is none).

    Pillow reads only the header here. Formats it cannot open (HEIC, AVIF, JPEG XL,
    camera RAW) are recognised by their first bytes. A non-regular file is never opened.
    """
    if not_a_file_reason(path):
        return ""
    try:
        with open(path, "rb") as handle:
            head = handle.read(64)
    except OSError:
        return ""
    for magic, offset, name in _PICTURE_MAGIC:
        if head[offset:offset + len(magic)] == magic:
            return name
    try:
        with Image.open(path) as image:
            return image.format or "picture"
    except Image.DecompressionBombError:
        return "picture"
    except Exception:  # not a picture Pillow knows, or a damaged one
        return ""


def file_digest(path: str | Path) -> str:
    """SHA-1 of the file's bytes: two files with the same digest are the same photo."""
    with open(path, "rb") as handle:
        return hashlib.file_digest(handle, "sha1").hexdigest()


def _refuse_bombs(path: Path, image: Image.Image) -> None:
    width, height = image.size
    if width * height > MAX_PIXELS:
        raise ImageError(path, say(_TOO_LARGE, detail=say(QT_TRANSLATE_NOOP(
            "core", "{width}×{height} pixels, more than {megapixels} megapixels"),
            width=width, height=height, megapixels=MAX_PIXELS // 1_000_000)))


def _to_rgb(image: Image.Image, size: tuple[int, int] | None, fit: str) -> Image.Image:
    """`image` as RGB at `size`; deep (16-bit, 32-bit, float) pictures made small before RGB."""
    if image.mode in _SIXTEEN_BIT_MODES or image.mode == "F":
        grey = _deep_to_grey(image)
        return (_resize(grey, size, fit) if size is not None else grey).convert("RGB")
    if image.mode == "RGB":
        rgb = image
    elif image.mode in ("RGBA", "LA", "La", "RGBa", "PA") or (
            image.mode == "P" and "transparency" in image.info):
        # Transparent areas become white, as a photo viewer shows them.
        rgba = image.convert("RGBA")
        background = Image.new("RGBA", rgba.size, (255, 255, 255, 255))
        rgb = Image.alpha_composite(background, rgba).convert("RGB")
    else:
        rgb = image.convert("RGB")
    return _resize(rgb, size, fit) if size is not None else rgb


def _deep_to_grey(image: Image.Image) -> Image.Image:
    """A 16/32-bit or float picture as 8-bit grey, scaled (Pillow's convert() clips at 255).

    Band by band in float32: the extra memory is one band, not float64 copies of
    the whole picture (a 9,400² px float TIFF would take 700 MB per copy).
    """
    width, height = image.size
    rows = max(1, _BAND_PIXELS // max(width, 1))
    bands = [(top, min(height, top + rows)) for top in range(0, height, rows)]

    def band(top: int, bottom: int) -> np.ndarray:
        return np.asarray(image.crop((0, top, width, bottom)), dtype=np.float32)

    if image.mode == "F":
        lows, highs = zip(*[_finite_range(band(t, b)) for t, b in bands])
        lo, hi = min(lows), max(highs)
        if not (math.isfinite(lo) and math.isfinite(hi)):
            lo, hi = 0.0, 1.0
        scale, offset = 255.0 / ((hi - lo) or 1.0), lo
    else:
        high = max(float(band(t, b).max()) for t, b in bands) if image.mode == "I" else 0
        peak = 65535.0 if image.mode != "I" or high > 255 else 255.0
        scale, offset = 255.0 / peak, 0.0
    grey = np.empty((height, width), dtype=np.uint8)
    for top, bottom in bands:
        values = band(top, bottom)
        values -= offset
        values *= scale
        values += 0.0 if image.mode == "F" else 0.5  # as before: floats truncated
        np.clip(np.nan_to_num(values, copy=False, nan=0.0), 0, 255, out=values)
        grey[top:bottom] = values
    return Image.fromarray(grey, "L")


def _finite_range(values: np.ndarray) -> tuple[float, float]:
    finite = values[np.isfinite(values)]
    if finite.size == 0:
        return math.inf, -math.inf
    return float(finite.min()), float(finite.max())


def _resize(image: Image.Image, size: tuple[int, int], fit: str) -> Image.Image:
    if fit == "within":
        copy = image.copy()
        copy.thumbnail(size, Image.Resampling.BILINEAR, reducing_gap=2.0)
        return copy
    if image.size == tuple(size):
        return image
    return image.resize(size, Image.Resampling.BILINEAR, reducing_gap=2.0)
