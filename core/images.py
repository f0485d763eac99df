"""Reading photos safely: every supported format, any colour mode, EXIF rotation applied.

One function opens every photo Alpaca Studio touches (dataset check, training,
prediction, thumbnails), so a file that trains is a file that predicts, and a
file that fails anywhere fails with the same plain reason everywhere.
"""

from __future__ import annotations

import errno
import hashlib
import struct
import warnings
from pathlib import Path

import numpy as np
from PIL import Image, ImageOps, UnidentifiedImageError

from core.errors import ImageError

# Pillow warns between its limit and twice it; we refuse those files ourselves
# (`_refuse_bombs`), so the warning would only be noise. Set once, never toggled:
# toggling warning filters is not thread-safe and photos are read on several threads.
warnings.filterwarnings("ignore", category=Image.DecompressionBombWarning)

IMAGE_SUFFIXES = frozenset({".jpg", ".jpeg", ".png", ".bmp", ".gif", ".webp", ".tif", ".tiff"})
# Files that operating systems and cloud drives drop into folders; never photos.
SYSTEM_FILE_NAMES = frozenset({".ds_store", "thumbs.db", "desktop.ini", "ehthumbs.db", "icon\r"})
# Pillow's own limit (about 89 megapixels), checked before any pixel is decoded.
MAX_PIXELS = min(100_000_000, Image.MAX_IMAGE_PIXELS or 100_000_000)
_TOO_LARGE = ("the picture is too large to open safely ({detail}); refused as a possible "
              "decompression bomb")
_SIXTEEN_BIT_MODES = frozenset({"I;16", "I;16B", "I;16L", "I;16N", "I"})


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
        if path.is_dir():
            raise ImageError(path, "this is a folder, not a photo")
        if path.stat().st_size == 0:
            raise ImageError(path, "the file is empty (0 bytes)")
        with Image.open(path) as image:
            _refuse_bombs(path, image)
            if size is not None and image.format == "JPEG":
                # Decode at 1/2, 1/4 or 1/8 scale when the target is that small:
                # a 1024 px JPEG read for a 160 px model costs a fraction.
                image.draft("RGB", (max(size), max(size)))
            image.load()
            image = ImageOps.exif_transpose(image)
            rgb = _to_rgb(image)
    except ImageError:
        raise
    except Image.DecompressionBombError as error:
        raise ImageError(path, _TOO_LARGE.format(
            detail=f"more than {MAX_PIXELS // 1_000_000} megapixels")) from error
    except UnidentifiedImageError as error:
        raise ImageError(path, "not a photo Alpaca Studio can read "
                         "(supported: JPEG, PNG, BMP, GIF, WebP, TIFF)") from error
    except FileNotFoundError as error:
        raise ImageError(path, "the file no longer exists") from error
    except PermissionError as error:
        raise ImageError(path, "permission denied: the file cannot be read") from error
    except OSError as error:
        if error.errno == errno.ELOOP:
            raise ImageError(path, "a shortcut (symbolic link) that points back to "
                             "itself") from error
        raise ImageError(path, f"the file is damaged or incomplete ({error})") from error
    except (ValueError, SyntaxError, struct.error, EOFError) as error:
        raise ImageError(path, f"the file is damaged ({error})") from error
    if size is not None:
        rgb = _resize(rgb, size, fit)
    return rgb


def load_array(path: str | Path, size: tuple[int, int]) -> np.ndarray:
    """The photo as a ``(height, width, 3)`` uint8 array of exactly `size`, as training sees it."""
    return np.asarray(open_rgb(path, size), dtype=np.uint8)


def file_digest(path: str | Path) -> str:
    """SHA-1 of the file's bytes: two files with the same digest are the same photo."""
    with open(path, "rb") as handle:
        return hashlib.file_digest(handle, "sha1").hexdigest()


def _refuse_bombs(path: Path, image: Image.Image) -> None:
    width, height = image.size
    if width * height > MAX_PIXELS:
        raise ImageError(path, _TOO_LARGE.format(
            detail=f"{width}×{height} pixels, more than {MAX_PIXELS // 1_000_000} megapixels"))


def _to_rgb(image: Image.Image) -> Image.Image:
    if image.mode == "RGB":
        return image
    if image.mode in _SIXTEEN_BIT_MODES:
        # Pillow's convert() clips 16-bit values to 255 (a white picture); scale instead.
        array = np.asarray(image, dtype=np.float64)
        peak = 65535.0 if image.mode != "I" or array.max() > 255 else 255.0
        grey = np.clip(array / peak * 255.0 + 0.5, 0, 255).astype(np.uint8)
        return Image.fromarray(grey, "L").convert("RGB")
    if image.mode == "F":
        array = np.asarray(image, dtype=np.float64)
        lo, hi = float(np.nanmin(array)), float(np.nanmax(array))
        scaled = (array - lo) / (hi - lo or 1.0) * 255.0
        return Image.fromarray(np.nan_to_num(scaled).astype(np.uint8), "L").convert("RGB")
    has_alpha = image.mode in ("RGBA", "LA", "La", "RGBa", "PA") or (
        image.mode == "P" and "transparency" in image.info)
    if has_alpha:
        # Transparent areas become white, as a photo viewer shows them.
        rgba = image.convert("RGBA")
        background = Image.new("RGBA", rgba.size, (255, 255, 255, 255))
        return Image.alpha_composite(background, rgba).convert("RGB")
    return image.convert("RGB")


def _resize(image: Image.Image, size: tuple[int, int], fit: str) -> Image.Image:
    if fit == "within":
        copy = image.copy()
        copy.thumbnail(size, Image.Resampling.BILINEAR, reducing_gap=2.0)
        return copy
    if image.size == tuple(size):
        return image
    return image.resize(size, Image.Resampling.BILINEAR, reducing_gap=2.0)
