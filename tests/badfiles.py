"""A kit of bad and good photo files, for tests and benchmarks.

`add_bad_files` drops every bad input the engine must survive into a folder;
`add_good_photos` writes one small photo per format and colour mode it must read;
`add_distinct_photos` writes plain photos that are all different (no duplicates).
Everything is generated on the spot in well under a second; nothing is downloaded.
"""

from __future__ import annotations

import io
import struct
import zlib
from pathlib import Path

import numpy as np
from PIL import Image

# Files that the dataset check must list as skipped, each with its reason.
SKIPPED_NAMES = ("zero-byte.jpg", "truncated.jpg", "text.jpg", "cut.png", "bomb.png", "loop.jpg")
# What a person must read in the reason given for each bad file.
REASON_WORDS = {
    "zero-byte.jpg": "empty",
    "truncated.jpg": "damaged",
    "text.jpg": "not a photo",
    "cut.png": "damaged",
    "bomb.png": "too large",
    "loop.jpg": "points back to itself",
}
# Files that are not photos and must be ignored without a word.
IGNORED_NAMES = (".hidden.jpg", "._photo.jpg", ".DS_Store", "Thumbs.db")
# `folder.jpg/` is a folder named like a photo; it holds this many good photos.
PHOTOS_IN_FOLDER_JPG = 1
BOMB_SIZE = (20_000, 20_000)
# Every photo of `add_good_photos` is this (width, height) once upright.
GOOD_SIZE = (48, 32)


def add_bad_files(folder: Path) -> dict[str, Path]:
    """Create every bad-input case inside `folder`; return name → path.

    The names are `SKIPPED_NAMES`, `IGNORED_NAMES`, ``"folder.jpg"`` (a folder
    holding one good photo) and ``"sub/back"`` (a folder link back to `folder`).
    """
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    paths = {name: folder / name for name in (*SKIPPED_NAMES, *IGNORED_NAMES)}

    paths["zero-byte.jpg"].write_bytes(b"")
    jpeg = _encode(_noise(64, 48, seed=1), "JPEG", quality=90)
    paths["truncated.jpg"].write_bytes(jpeg[:_middle_of_jpeg_data(jpeg)])
    paths["text.jpg"].write_text("These are my holiday notes, not a photo.\n", encoding="utf-8")
    png = _encode(_noise(64, 48, seed=2), "PNG")
    paths["cut.png"].write_bytes(png[:_middle_of_png_data(png)])
    paths["bomb.png"].write_bytes(png_bomb(*BOMB_SIZE))
    paths["loop.jpg"].symlink_to("loop.jpg")

    paths[".hidden.jpg"].write_bytes(_encode(_noise(16, 16, seed=3), "JPEG"))
    # macOS leaves these "AppleDouble" companions on USB sticks and network drives.
    paths["._photo.jpg"].write_bytes(b"\x00\x05\x16\x07\x00\x02\x00\x00Mac OS X        ")
    paths[".DS_Store"].write_bytes(b"\x00\x00\x00\x01Bud1" + bytes(64))
    paths["Thumbs.db"].write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(64))

    paths["folder.jpg"] = folder / "folder.jpg"
    paths["folder.jpg"].mkdir()
    Image.fromarray(_noise(24, 24, seed=4)).save(paths["folder.jpg"] / "inside.png")

    paths["sub/back"] = folder / "sub" / "back"
    paths["sub/back"].parent.mkdir()
    paths["sub/back"].symlink_to("..", target_is_directory=True)
    return paths


def add_good_photos(folder: Path) -> dict[str, Path]:
    """Write one small photo per supported format and colour mode; return name → path.

    Each is `GOOD_SIZE` once upright, except ``exif-rotated.jpg``. Colours, so that
    a reader can be checked:
    ``rgb.*`` red left half, blue right half; ``grey.png`` mid grey;
    ``bilevel.png`` white;
    ``palette.png`` green; ``palette-transparent.png`` and ``rgba.png``
    transparent left half, red right half; ``grey-alpha.png`` transparent left
    half, mid grey right half; ``cmyk.*`` cyan; ``animated.gif`` first frame
    red, second blue; ``sixteen-bit*`` (I;16, I;16B) dark to bright from left
    to right, values up to 65535; ``exif-rotated.jpg`` stored
    landscape (red top, blue bottom) with EXIF orientation 6, so upright it is
    portrait with red on the right.
    """
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    width, height = GOOD_SIZE
    red, blue, green = (220, 20, 20), (20, 20, 220), (20, 200, 20)
    halves = np.zeros((height, width, 3), np.uint8)
    halves[:, : width // 2] = red
    halves[:, width // 2 :] = blue
    rgb = Image.fromarray(halves)
    paths: dict[str, Path] = {}

    def save(name: str, image: Image.Image, **options) -> None:
        paths[name] = folder / name
        image.save(paths[name], **options)

    save("rgb.jpg", rgb, quality=95)
    save("rgb.png", rgb)
    save("rgb.bmp", rgb)
    save("rgb.webp", rgb, lossless=True)
    save("rgb.tiff", rgb)
    save("grey.png", Image.new("L", GOOD_SIZE, 128))
    save("bilevel.png", Image.new("1", GOOD_SIZE, 1))
    save("palette.png", Image.new("RGB", GOOD_SIZE, green).quantize(4))

    see_through = np.zeros((height, width, 4), np.uint8)
    see_through[:, width // 2 :] = (*red, 255)
    rgba = Image.fromarray(see_through)
    save("rgba.png", rgba)
    grey_alpha = Image.new("LA", GOOD_SIZE, (0, 0))
    grey_alpha.paste((128, 255), (width // 2, 0, width, height))
    save("grey-alpha.png", grey_alpha)
    palette = Image.new("P", GOOD_SIZE, 0)
    palette.putpalette([0, 0, 0, *red])
    palette.paste(1, (width // 2, 0, width, height))
    save("palette-transparent.png", palette, transparency=0)

    cmyk = Image.new("CMYK", GOOD_SIZE, (255, 0, 0, 0))
    save("cmyk.jpg", cmyk, quality=95)
    save("cmyk.tiff", cmyk)

    frames = [Image.new("RGB", GOOD_SIZE, colour).quantize(4) for colour in (red, blue)]
    save("animated.gif", frames[0], save_all=True, append_images=frames[1:], duration=100,
         loop=0)

    gradient = np.tile(np.linspace(0, 65535, width).astype(np.uint16), (height, 1))
    save("sixteen-bit.png", Image.fromarray(gradient))
    save("sixteen-bit.tiff", Image.fromarray(gradient))
    save("sixteen-bit-big-endian.tiff", Image.fromarray(gradient.astype(">u2")))

    # Stored landscape, red top and blue bottom; orientation 6 means "turn 90° clockwise".
    sideways = np.zeros((height, width, 3), np.uint8)
    sideways[: height // 2] = red
    sideways[height // 2 :] = blue
    exif = Image.Exif()
    exif[0x0112] = 6  # Orientation
    save("exif-rotated.jpg", Image.fromarray(sideways), quality=95, exif=exif.tobytes())
    return paths


def add_distinct_photos(folder: Path, count: int, *, first: int = 0,
                        suffix: str = ".png") -> list[Path]:
    """Write `count` small photos, all different from each other and from other calls'."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for number in range(first, first + count):
        path = folder / f"photo-{number:04d}{suffix}"
        Image.fromarray(_noise(20, 16, seed=1000 + number)).save(path)
        paths.append(path)
    return paths


def _noise(width: int, height: int, *, seed: int) -> np.ndarray:
    return np.random.default_rng(seed).integers(0, 256, (height, width, 3), dtype=np.uint8)


def _encode(pixels: np.ndarray, image_format: str, **options) -> bytes:
    buffer = io.BytesIO()
    Image.fromarray(pixels).save(buffer, image_format, **options)
    return buffer.getvalue()


def _middle_of_jpeg_data(jpeg: bytes) -> int:
    start = jpeg.index(b"\xff\xda")  # start of scan: the compressed pixels follow
    return start + (len(jpeg) - start) // 2


def _middle_of_png_data(png: bytes) -> int:
    start = png.index(b"IDAT") + 4
    (length,) = struct.unpack(">I", png[start - 8 : start - 4])
    return start + length // 2


def _png_chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(
        ">I", zlib.crc32(kind + data) & 0xFFFFFFFF)


def png_bomb(width: int, height: int) -> bytes:
    """A valid, all-black 1-bit PNG of `width` × `height` that takes little room on disk.

    20000 × 20000 is about 200 kB here, 400 million pixels (1.2 GB as RGB) once decoded.
    """
    row = bytes(1 + (width + 7) // 8)  # filter byte + packed pixels, all zero
    compressor = zlib.compressobj(1)
    rows_per_piece = 1000
    data = b"".join(compressor.compress(row * rows_per_piece)
                    for _ in range(height // rows_per_piece))
    data += compressor.compress(row * (height % rows_per_piece)) + compressor.flush()
    header = struct.pack(">IIBBBBB", width, height, 1, 0, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + _png_chunk(b"IHDR", header)
            + _png_chunk(b"IDAT", data) + _png_chunk(b"IEND", b""))
