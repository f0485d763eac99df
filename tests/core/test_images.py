"""Reading photos: every format and colour mode comes out as the RGB picture a person sees;
every bad file is refused with a plain reason that names it."""

from __future__ import annotations

import resource
import struct
import threading
import time
import warnings
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from core.errors import ImageError
from core.images import file_digest, is_ignored_name, load_array, open_rgb
from tests.badfiles import (
    BOMB_SIZE,
    GOOD_SIZE,
    IGNORED_NAMES,
    REASON_WORDS,
    SKIPPED_NAMES,
    add_bad_files,
    add_good_photos,
    png_bomb,
)

RED, BLUE, GREEN = (220, 20, 20), (20, 20, 220), (20, 200, 20)
WHITE, GREY, CYAN = (255, 255, 255), (128, 128, 128), (0, 255, 255)
# name → (upright (width, height), colour of the left half, colour of the right half)
EXPECTED = {
    "rgb.jpg": (GOOD_SIZE, RED, BLUE),
    "rgb.png": (GOOD_SIZE, RED, BLUE),
    "rgb.bmp": (GOOD_SIZE, RED, BLUE),
    "rgb.webp": (GOOD_SIZE, RED, BLUE),
    "rgb.tiff": (GOOD_SIZE, RED, BLUE),
    "grey.png": (GOOD_SIZE, GREY, GREY),
    "bilevel.png": (GOOD_SIZE, WHITE, WHITE),
    "palette.png": (GOOD_SIZE, GREEN, GREEN),
    "palette-transparent.png": (GOOD_SIZE, WHITE, RED),
    "rgba.png": (GOOD_SIZE, WHITE, RED),
    "grey-alpha.png": (GOOD_SIZE, WHITE, GREY),
    "cmyk.jpg": (GOOD_SIZE, CYAN, CYAN),
    "cmyk.tiff": (GOOD_SIZE, CYAN, CYAN),
    "animated.gif": (GOOD_SIZE, RED, RED),
    "exif-rotated.jpg": ((GOOD_SIZE[1], GOOD_SIZE[0]), BLUE, RED),
}
SIXTEEN_BIT = ("sixteen-bit.png", "sixteen-bit.tiff", "sixteen-bit-big-endian.tiff")
KEY_WORDS = {**REASON_WORDS, "folder.jpg": "folder"}
# Python's own vocabulary, which means nothing to the person reading the reason.
JARGON = ("Traceback", "Error", "Exception", "errno", "Errno", "struct", "unpack",
          "b'", "\\x", "<", "None", "PIL")


@pytest.fixture(scope="module")
def good(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return add_good_photos(tmp_path_factory.mktemp("good"))


@pytest.fixture(scope="module")
def bad(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return add_bad_files(tmp_path_factory.mktemp("bad"))


def _halves(array: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """The colour at the middle of the left half and of the right half."""
    height, width, _ = array.shape
    return array[height // 2, width // 4], array[height // 2, 3 * width // 4]


def _assert_close(actual: np.ndarray, expected: tuple[int, int, int], name: str) -> None:
    # JPEG is lossy: a few levels off is the same colour to the eye.
    assert np.abs(actual.astype(int) - expected).max() <= 12, (
        f"{name}: got {tuple(actual)}, expected about {expected}")


def test_the_kit_writes_every_format_and_mode(good: dict[str, Path]) -> None:
    assert set(good) == set(EXPECTED) | set(SIXTEEN_BIT)
    formats = {}
    for name, path in good.items():
        with Image.open(path) as image:
            formats[name] = (image.format, image.mode)
    assert {fmt for fmt, _ in formats.values()} == {"JPEG", "PNG", "BMP", "GIF", "WEBP", "TIFF"}
    assert {mode for _, mode in formats.values()} >= {
        "RGB", "L", "1", "P", "RGBA", "LA", "CMYK", "I;16", "I;16B"}
    with Image.open(good["animated.gif"]) as gif:
        assert gif.n_frames == 2
    with Image.open(good["exif-rotated.jpg"]) as rotated:
        assert rotated.size == GOOD_SIZE and rotated.getexif()[0x0112] == 6


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_every_format_and_mode_reads_as_the_rgb_picture_a_person_sees(
        good: dict[str, Path], name: str) -> None:
    size, left, right = EXPECTED[name]
    image = open_rgb(good[name])
    assert image.mode == "RGB"
    assert image.size == size
    array = np.asarray(image)
    _assert_close(_halves(array)[0], left, name)
    _assert_close(_halves(array)[1], right, name)


def test_the_first_frame_of_an_animated_gif_is_the_photo(good: dict[str, Path]) -> None:
    left, right = _halves(np.asarray(open_rgb(good["animated.gif"])))
    _assert_close(left, RED, "animated.gif")
    _assert_close(right, RED, "animated.gif")


def test_exif_orientation_turns_a_sideways_photo_upright(good: dict[str, Path]) -> None:
    image = open_rgb(good["exif-rotated.jpg"])
    width, height = image.size
    assert height > width, "stored landscape with orientation 6 must come out portrait"
    array = np.asarray(image)
    # Stored with red on top; turned a quarter clockwise, the top goes to the right.
    _assert_close(array[height // 2, width - 4], RED, "exif-rotated.jpg")
    _assert_close(array[height // 2, 3], BLUE, "exif-rotated.jpg")


@pytest.mark.parametrize("name", SIXTEEN_BIT)
def test_a_16_bit_photo_keeps_its_gradient_instead_of_turning_white(
        good: dict[str, Path], name: str) -> None:
    image = open_rgb(good[name])
    assert image.mode == "RGB" and image.size == GOOD_SIZE
    row = np.asarray(image)[GOOD_SIZE[1] // 2, :, 0].astype(int)
    assert row[0] < 10 and row[-1] > 245
    assert np.all(np.diff(row) >= 0), f"{name}: not dark to bright: {row}"
    assert 100 < row.mean() < 160, f"{name}: mean {row.mean()} (all white is 255)"


@pytest.mark.parametrize("name", sorted(EXPECTED) + list(SIXTEEN_BIT))
def test_load_array_gives_exactly_the_training_size(good: dict[str, Path], name: str) -> None:
    array = load_array(good[name], (20, 30))
    assert array.shape == (30, 20, 3)
    assert array.dtype == np.uint8


def test_a_large_jpeg_read_small_keeps_its_colours(tmp_path: Path) -> None:
    # Large enough that the JPEG is decoded at reduced scale.
    pixels = np.zeros((600, 800, 3), np.uint8)
    pixels[:, :400] = RED
    pixels[:, 400:] = BLUE
    path = tmp_path / "large.jpg"
    Image.fromarray(pixels).save(path, quality=95)
    array = load_array(path, (32, 32))
    assert array.shape == (32, 32, 3)
    _assert_close(_halves(array)[0], RED, "large.jpg")
    _assert_close(_halves(array)[1], BLUE, "large.jpg")


def test_exif_orientation_is_applied_before_resizing(good: dict[str, Path]) -> None:
    array = load_array(good["exif-rotated.jpg"], (16, 24))
    assert array.shape == (24, 16, 3)
    _assert_close(array[12, 13], RED, "exif-rotated.jpg")


def test_fit_within_keeps_the_aspect_ratio(good: dict[str, Path]) -> None:
    assert open_rgb(good["rgb.png"], (24, 24), fit="within").size == (24, 16)
    assert open_rgb(good["exif-rotated.jpg"], (24, 24), fit="within").size == (16, 24)
    assert open_rgb(good["rgb.png"], (24, 24)).size == (24, 24)


def test_an_unknown_fit_is_refused_by_name(good: dict[str, Path]) -> None:
    with pytest.raises(ValueError, match="fit=crop"):
        open_rgb(good["rgb.png"], (24, 24), fit="crop")


def test_the_bad_files_kit_is_complete(bad: dict[str, Path]) -> None:
    for name in (*SKIPPED_NAMES, *IGNORED_NAMES, "folder.jpg", "sub/back"):
        assert bad[name].is_symlink() or bad[name].exists(), name
    assert bad["zero-byte.jpg"].stat().st_size == 0
    assert bad["loop.jpg"].readlink() == Path("loop.jpg")
    assert bad["sub/back"].resolve() == bad["folder.jpg"].parent.resolve()
    assert (bad["folder.jpg"] / "inside.png").is_file()
    assert bad[".hidden.jpg"].read_bytes()[:2] == b"\xff\xd8"
    truncated = bad["truncated.jpg"].read_bytes()
    assert truncated[:2] == b"\xff\xd8" and b"\xff\xda" in truncated
    assert b"\xff\xd9" not in truncated[truncated.index(b"\xff\xda"):]
    assert bad["cut.png"].read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_the_bomb_is_a_small_valid_png_declaring_an_enormous_picture(
        bad: dict[str, Path]) -> None:
    data = bad["bomb.png"].read_bytes()
    assert len(data) < 1_000_000
    assert data[12:16] == b"IHDR"
    assert struct.unpack(">II", data[16:24]) == BOMB_SIZE
    # The same recipe at a harmless size decodes to a real (black) picture.
    small = Path(bad["bomb.png"]).with_name("small-bomb.png")
    small.write_bytes(png_bomb(40, 30))
    image = open_rgb(small)
    assert image.size == (40, 30)
    assert np.asarray(image).max() == 0


def test_making_the_bomb_is_cheap() -> None:
    start = time.perf_counter()
    png_bomb(*BOMB_SIZE)
    assert time.perf_counter() - start < 1.5


@pytest.mark.parametrize("name", sorted(KEY_WORDS))
def test_each_bad_file_is_refused_with_a_plain_reason_naming_it(
        bad: dict[str, Path], name: str) -> None:
    with pytest.raises(ImageError) as caught:
        open_rgb(bad[name], (32, 32))
    error = caught.value
    assert error.path == bad[name]
    assert KEY_WORDS[name] in error.reason
    assert str(bad[name]) in str(error)
    assert "\n" not in error.reason
    jargon = [word for word in JARGON if word in error.reason]
    assert not jargon, f"{name}: {error.reason!r} speaks Python: {jargon}"


@pytest.mark.parametrize("name", sorted(KEY_WORDS))
def test_load_array_refuses_bad_files_the_same_way(bad: dict[str, Path], name: str) -> None:
    with pytest.raises(ImageError) as caught:
        load_array(bad[name], (32, 32))
    assert caught.value.path == bad[name]
    assert KEY_WORDS[name] in caught.value.reason


def test_a_missing_file_is_named(tmp_path: Path) -> None:
    with pytest.raises(ImageError, match="no longer exists") as caught:
        open_rgb(tmp_path / "gone.jpg")
    assert caught.value.path == tmp_path / "gone.jpg"


@pytest.mark.parametrize("size", [
    BOMB_SIZE,  # far past every limit: Pillow itself refuses it on opening
    (11_000, 11_000),  # 121 megapixels, between Pillow's warning and its error
    (9_500, 10_000),  # 95 megapixels, just past Pillow's warning
])
def test_a_decompression_bomb_is_refused_quickly_without_decoding_it(
        tmp_path: Path, size: tuple[int, int]) -> None:
    path = tmp_path / "bomb.png"
    path.write_bytes(png_bomb(*size))
    peak_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # kB on Linux
    start = time.perf_counter()
    with pytest.raises(ImageError, match="too large") as caught:
        open_rgb(path, (160, 160))
    seconds = time.perf_counter() - start
    grown_mb = (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - peak_before) / 1024
    assert caught.value.path == path
    assert seconds < 2
    # Decoding would take at least one byte per pixel: 90 to 400 MB.
    assert grown_mb < 50


@pytest.mark.parametrize("name", [
    ".DS_Store", "Thumbs.db", "THUMBS.DB", "desktop.ini", ".hidden.jpg", "._photo.jpg"])
def test_hidden_and_system_files_are_ignored(name: str) -> None:
    assert is_ignored_name(name)


@pytest.mark.parametrize("name", ["photo.jpg", "Thumbs.db.jpg", "DS_Store.png", "a.b.png"])
def test_ordinary_names_are_not_ignored(name: str) -> None:
    assert not is_ignored_name(name)


def test_file_digest_is_the_same_for_the_same_content_only(tmp_path: Path,
                                                           good: dict[str, Path]) -> None:
    copy = tmp_path / "copy under another name.png"
    copy.write_bytes(good["rgb.png"].read_bytes())
    assert file_digest(copy) == file_digest(good["rgb.png"])
    assert file_digest(good["rgb.bmp"]) != file_digest(good["rgb.png"])


def test_a_bomb_is_refused_even_while_another_photo_is_being_read(
        tmp_path: Path, good: dict[str, Path], monkeypatch: pytest.MonkeyPatch) -> None:
    # The dataset check reads photos on several threads. Here the scheduling is
    # fixed so that one reader finishes while the other is opening a bomb.
    monkeypatch.setattr(warnings, "filters", list(warnings.filters))
    filters_before = list(warnings.filters)
    bomb = tmp_path / "bomb.png"
    bomb.write_bytes(png_bomb(9_500, 10_000)[:300])  # 95 megapixels, data cut short
    photo_opening, bomb_opening, photo_done = (threading.Event() for _ in range(3))
    real_open = Image.open

    def scheduled_open(fp, *args, **kwargs):
        if Path(fp) == good["rgb.png"]:
            photo_opening.set()
            bomb_opening.wait(2)
        elif Path(fp) == bomb:
            bomb_opening.set()
            photo_done.wait(2)
        return real_open(fp, *args, **kwargs)

    monkeypatch.setattr(Image, "open", scheduled_open)

    def read_photo() -> None:
        open_rgb(good["rgb.png"])
        photo_done.set()

    reader = threading.Thread(target=read_photo, daemon=True)
    reader.start()
    assert photo_opening.wait(5)
    with pytest.raises(ImageError) as caught:
        open_rgb(bomb)
    reader.join(5)
    assert "too large" in caught.value.reason, (
        "a 95-megapixel bomb was opened for decoding because another thread's "
        f"warnings.catch_warnings() ended meanwhile: {caught.value.reason!r}")
    assert warnings.filters == filters_before, "reading photos changed the warning filters"
