"""Photos whose class shows in their colour, and features that see the colour (for the GUI tests).

The real features (`core.photo_features.FeatureSession`) need TensorFlow and MobileNetV2;
the Sort page takes any source of the same shape, so the tests give it one that reads
each photo's pixels and describes their colour: it computes, it is not a list of answers.
"""

from __future__ import annotations

import zlib
from pathlib import Path

import numpy as np
from PIL import Image

RED, BLUE, PURPLE = (210, 40, 40), (40, 40, 210), (125, 40, 125)


def coloured_photos(folder: Path, count: int, colour: tuple[int, int, int], prefix: str,
                    start: int = 0) -> list[Path]:
    """`count` different small JPEGs of about `colour` (each a little off it)."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    rng = np.random.default_rng(zlib.crc32(f"{prefix}{start}".encode()))
    for number in range(start, start + count):
        shade = np.clip(np.array(colour) + rng.integers(-12, 13, 3), 0, 255)
        pixels = np.clip(shade + rng.integers(-10, 11, (16, 24, 3)), 0, 255).astype(np.uint8)
        path = folder / f"{prefix}_{number:04d}.jpg"
        Image.fromarray(pixels).save(path, quality=95)
        paths.append(path)
    return paths


def colour_features(paths, should_stop=None) -> np.ndarray:
    """Each photo's mean colour and spread (NaN for a file that cannot be read)."""
    rows = []
    for path in paths:
        try:
            with Image.open(path) as image:
                pixels = np.asarray(image.convert("RGB"), dtype=np.float32) / 255
        except OSError:
            rows.append(np.full(6, np.nan, np.float32))
            continue
        rows.append(np.concatenate([pixels.mean(axis=(0, 1)), pixels.std(axis=(0, 1))]))
    return np.array(rows, dtype=np.float32).reshape(len(rows), 6)


def open_sorted_workspace(page, root: Path, per_class: int = 5) -> Path:
    """Open a workspace with `per_class` red photos in 'alpaca' and blue ones in 'not alpaca'."""
    coloured_photos(root / "alpaca", per_class, RED, "alp")
    coloured_photos(root / "not alpaca", per_class, BLUE, "not")
    assert page.open_workspace(root)
    return root


def start_features(page) -> None:
    """The engine "has loaded": the page computes features with `colour_features`."""
    page.features.compute = colour_features
    page.engine_ready()


def patterned_photo(path: Path, colour: tuple[int, int, int], seed: int,
                    size: int = 32) -> Path:
    """A photo of `colour` with a bold pattern of 8 x 8 blocks drawn from `seed`."""
    rng = np.random.default_rng(seed)
    blocks = rng.integers(-90, 91, (8, 8, 1))
    pixels = np.clip(np.array(colour) + np.kron(blocks, np.ones((size // 8, size // 8, 1))),
                     0, 255).astype(np.uint8)
    path.parent.mkdir(parents=True, exist_ok=True)
    Image.fromarray(pixels).save(path, quality=95)
    return path


def pattern_features(paths, should_stop=None) -> np.ndarray:
    """The colour (what the class is) and the 8 x 8 layout (what tells photos apart)."""
    rows = []
    for path in paths:
        try:
            with Image.open(path) as image:
                small = np.asarray(image.convert("RGB").resize((8, 8), Image.Resampling.BOX),
                                   dtype=np.float32) / 255
        except OSError:
            rows.append(np.full(384, np.nan, np.float32))
            continue
        colour = small.mean(axis=(0, 1))
        # The colour many times over: as many numbers say the class as tell photos apart.
        rows.append(np.concatenate([np.tile(colour - 0.5, 64), (small - colour).ravel()]))
    return np.array(rows, dtype=np.float32).reshape(len(rows), 384)
