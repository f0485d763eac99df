"""The persistent photo cache on disk: where it is, what survives damage, what is freed."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

import core.photo_cache as photo_cache
from core.dataset import check_dataset
from core.photo_cache import (
    CACHE_ENV,
    LIMIT_ENV,
    cache_dir,
    cache_limit,
    cache_size,
    checked_photo,
    clear_cache,
    entry_path,
    read_entry,
    trim_cache,
    write_entry,
)
from tests.core.tiny_runs import make_dataset, snapshot

REPO = Path(__file__).resolve().parents[2]
KEY_A, KEY_B, KEY_C = "a" * 40, "b" * 40, "c" * 40


def _photo(path: Path, seed: int = 0) -> Path:
    pixels = np.random.default_rng(seed).integers(0, 255, (30, 40, 3), dtype=np.uint8)
    Image.fromarray(pixels).save(path)
    return path


def _refuse_decoding(monkeypatch) -> None:
    def refuse(*args, **kwargs):
        raise AssertionError("the photo was decoded again")
    monkeypatch.setattr(photo_cache, "open_rgb", refuse)


# -- where -------------------------------------------------------------------------------------
def test_the_cache_is_where_the_environment_says(tmp_path, monkeypatch):
    monkeypatch.setenv(CACHE_ENV, str(tmp_path / "mine"))
    assert cache_dir() == tmp_path / "mine"
    monkeypatch.setenv(CACHE_ENV, "off")
    assert cache_dir() is None
    assert not write_entry("pooled", KEY_A, np.ones(3))
    assert read_entry("pooled", KEY_A) is None and cache_size() == 0


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="XDG is the Linux convention")
def test_without_a_setting_the_cache_is_in_the_users_cache_folder(tmp_path, monkeypatch):
    monkeypatch.delenv(CACHE_ENV)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert cache_dir() == tmp_path / "xdg" / "alpaca-studio"


def test_the_limit_is_two_gigabytes_unless_set(monkeypatch):
    monkeypatch.delenv(LIMIT_ENV, raising=False)
    assert cache_limit() == 2_000_000_000
    monkeypatch.setenv(LIMIT_ENV, "300")
    assert cache_limit() == 300_000_000


# -- entries -----------------------------------------------------------------------------------
def test_an_entry_comes_back_exactly(photo_cache):
    array = np.random.default_rng(1).normal(size=(11, 11, 5)).astype(np.float16)
    assert write_entry("bottom", KEY_A, array)
    again = read_entry("bottom", KEY_A)
    assert again.dtype == np.float16 and np.array_equal(again, array)
    # A plain .npy in front: a later reader can memory-map it.
    mapped = np.load(entry_path("bottom", KEY_A), mmap_mode="r")
    assert np.array_equal(mapped, array)
    assert not [p for p in photo_cache.rglob("*") if p.name.endswith(".tmp")]


@pytest.mark.parametrize("damage", ["truncated", "flipped byte", "empty"])
def test_a_torn_or_damaged_entry_is_discarded_never_used(photo_cache, damage):
    array = np.arange(1000, dtype=np.float32)
    write_entry("pooled", KEY_A, array)
    path = entry_path("pooled", KEY_A)
    raw = bytearray(path.read_bytes())
    if damage == "truncated":  # as a crash before the data reached the disk leaves it
        raw = raw[: len(raw) // 2]
    elif damage == "flipped byte":
        raw[400] ^= 0xFF
    else:
        raw = bytearray()
    path.write_bytes(bytes(raw))
    assert read_entry("pooled", KEY_A) is None
    assert not path.exists()


def test_an_unfinished_write_of_another_run_is_never_read(photo_cache):
    write_entry("pooled", KEY_A, np.ones(4))
    final = entry_path("pooled", KEY_B)
    final.parent.mkdir(parents=True, exist_ok=True)
    (final.parent / f".{KEY_B}.999-deadbeef.tmp").write_bytes(b"half an entry")
    assert read_entry("pooled", KEY_B) is None


def test_runs_writing_and_trimming_at_once_never_read_half_an_entry(photo_cache):
    import threading

    versions = [np.full(50_000, value, np.float32) for value in range(4)]
    stop = threading.Event()

    def write():
        n = 0
        while not stop.is_set():
            write_entry("pooled", KEY_A, versions[n % 4])
            n += 1

    def trim():
        while not stop.is_set():
            trim_cache(limit=0)

    others = [threading.Thread(target=write), threading.Thread(target=write),
              threading.Thread(target=trim)]
    for thread in others:
        thread.start()
    seen = []
    try:
        deadline = time.time() + 1.5
        while time.time() < deadline:
            array = read_entry("pooled", KEY_A)
            if array is not None:
                seen.append(array[0])
                assert any(np.array_equal(array, v) for v in versions)
    finally:
        stop.set()
        for thread in others:
            thread.join()
    assert seen  # whole entries were read while the others wrote and deleted


# -- size, eviction, clearing ------------------------------------------------------------------
def test_the_least_recently_used_entries_go_first_when_the_cache_is_too_big(photo_cache):
    array = np.zeros(10_000, np.uint8)
    for key in (KEY_A, KEY_B, KEY_C):
        write_entry("pixels", key, array)
    day = 24 * 3600
    for age, key in ((3 * day, KEY_A), (2 * day, KEY_B), (1 * day, KEY_C)):
        old = time.time() - age
        os.utime(entry_path("pixels", key), (old, old))
    assert read_entry("pixels", KEY_A) is not None  # used now: the most recent
    one = entry_path("pixels", KEY_A).stat().st_size
    assert cache_size() == 3 * one

    freed = trim_cache(limit=2 * one)
    assert freed == one
    assert read_entry("pixels", KEY_B) is None  # the least recently used
    assert read_entry("pixels", KEY_A) is not None and read_entry("pixels", KEY_C) is not None
    assert cache_size() == 2 * one


def test_trimming_removes_what_crashed_runs_left_behind(photo_cache):
    write_entry("pooled", KEY_A, np.ones(4))
    leftover = entry_path("pooled", KEY_A).parent / f".{KEY_B}.123-abcdef12.tmp"
    leftover.write_bytes(b"x" * 100)
    os.utime(leftover, (time.time() - 7200, time.time() - 7200))
    trim_cache()
    assert not leftover.exists() and read_entry("pooled", KEY_A) is not None


def test_clearing_frees_everything_the_cache_wrote_and_nothing_else(photo_cache):
    for key in (KEY_A, KEY_B):
        write_entry("pixels", key, np.zeros(5000, np.uint8))
    size = cache_size()
    assert size > 10_000
    # Someone pointed the cache at a folder that holds other things too.
    foreign = [photo_cache / "holiday.jpg", photo_cache / "v1" / "notes.txt",
               entry_path("pixels", KEY_A).parent / "mine.npy"]
    for path in foreign:
        path.write_bytes(b"keep me")

    assert clear_cache() == size
    assert cache_size() == 0
    assert read_entry("pixels", KEY_A) is None
    assert all(path.read_bytes() == b"keep me" for path in foreign)


def test_size_and_clearing_need_no_tensorflow(photo_cache):
    code = ("import sys, core.photo_cache as c; c.cache_size(); c.clear_cache(); "
            "bad = [m for m in sys.modules if m.split('.')[0] in ('tensorflow', 'keras')]; "
            "print(bad); sys.exit(1 if bad else 0)")
    result = subprocess.run([sys.executable, "-c", code], cwd=REPO, capture_output=True,
                            text=True, env={**os.environ, CACHE_ENV: str(photo_cache)})
    assert result.returncode == 0, result.stdout + result.stderr


# -- pixels ------------------------------------------------------------------------------------
def test_a_photo_is_decoded_once_then_its_pixels_come_from_the_cache(tmp_path, monkeypatch):
    path = _photo(tmp_path / "a.png")
    digest, pixels = checked_photo(path, 96)
    assert pixels.shape == (96, 96, 3) and pixels.dtype == np.uint8
    _refuse_decoding(monkeypatch)
    again_digest, again = checked_photo(path, 96)
    assert again_digest == digest and np.array_equal(again, pixels)
    assert checked_photo(path) == (digest, None)  # known readable: not decoded again


def test_a_changed_photo_is_decoded_again(tmp_path):
    path = _photo(tmp_path / "a.png", seed=0)
    digest, pixels = checked_photo(path, 96)
    _photo(path, seed=1)
    new_digest, new_pixels = checked_photo(path, 96)
    assert new_digest != digest and not np.array_equal(new_pixels, pixels)


def test_the_cache_is_never_written_inside_the_photo_folder(tmp_path, photo_cache):
    root = make_dataset(tmp_path / "photos", per_class=4)
    before = snapshot(root)
    check_dataset(root, image_size=96)
    assert snapshot(root) == before
    assert cache_size() > 0 and photo_cache.is_dir()


def test_a_second_check_reads_no_photo_again_and_gives_the_same_pixels(tmp_path, monkeypatch):
    root = make_dataset(tmp_path / "photos", per_class=4)
    first = check_dataset(root, image_size=96)
    _refuse_decoding(monkeypatch)
    second = check_dataset(root, image_size=96)
    assert [p.digest for p in second.photos] == [p.digest for p in first.photos]
    assert np.array_equal(second.images, first.images)
    plain = check_dataset(root)  # the Train page's check: no pixels asked for
    assert len(plain.photos) == len(first.photos) and not plain.skipped


def test_a_bad_file_is_still_reported_when_the_cache_is_off(tmp_path, monkeypatch):
    monkeypatch.setenv(CACHE_ENV, "off")
    good = _photo(tmp_path / "good.png")
    bad = tmp_path / "bad.jpg"
    bad.write_bytes(b"not a photo")
    assert checked_photo(good, 96)[1].shape == (96, 96, 3)
    with pytest.raises(Exception, match="not a photo"):
        checked_photo(bad, 96)
