"""Class folders listed and counted from the file system: the same files as before, no decoding."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

import core.images
from core.photo_listing import count_photo_files, list_photo_files
from core.workspace import list_photos
from tests.badfiles import add_distinct_photos


def _walk_reference(folder: Path) -> list[Path]:
    # What `core.workspace.list_photos` listed before it used `core.photo_listing`.
    found: list[Path] = []
    for current, subfolders, files in os.walk(folder):
        subfolders[:] = sorted(d for d in subfolders if not core.images.is_ignored_name(d))
        found.extend(Path(current) / f for f in sorted(files)
                     if not core.images.is_ignored_name(f))
    return found


@pytest.fixture
def messy(tmp_path: Path) -> Path:
    folder = tmp_path / "daisy"
    add_distinct_photos(folder, 5)
    add_distinct_photos(folder / "from phone", 3, first=100, suffix=".jpg")
    add_distinct_photos(folder / "from phone" / "2024", 2, first=200)
    add_distinct_photos(folder / ".hidden", 2, first=300)
    (folder / ".DS_Store").write_bytes(b"\0")
    (folder / "Thumbs.db").write_bytes(b"\0")
    (folder / "notes.txt").write_text("not a photo")
    (folder / "broken.jpg").write_bytes(b"not a jpeg at all")  # counted: nothing is opened
    (folder / "x.jpg").mkdir()  # a folder named like a photo is walked as a folder
    add_distinct_photos(folder / "x.jpg", 1, first=400)
    elsewhere = tmp_path / "elsewhere"
    add_distinct_photos(elsewhere, 4, first=500)
    try:
        (folder / "link to folder").symlink_to(elsewhere, target_is_directory=True)
        (folder / "link to photo.png").symlink_to(elsewhere / "photo-0500.png")
    except OSError:
        pass  # no symbolic links here (Windows without the right): the rest still counts
    return folder


def test_listing_gives_the_same_files_in_the_same_order_as_before(messy):
    assert list_photo_files(messy) == _walk_reference(messy)
    assert list_photos(messy) == _walk_reference(messy)
    assert all(isinstance(p, Path) for p in list_photo_files(messy))


def test_counting_matches_the_listing_and_opens_no_photo(messy, monkeypatch):
    def no_decoding(*_args, **_kwargs):
        raise AssertionError("a photo was opened to count it")

    monkeypatch.setattr(core.images.Image, "open", no_decoding)
    listed = list_photo_files(messy)
    photo_like = [p for p in listed if p.suffix.lower() in core.images.IMAGE_SUFFIXES]
    assert count_photo_files(messy) == len(photo_like)
    assert count_photo_files(messy, suffixes=None) == len(listed)
    assert "broken.jpg" in {p.name for p in photo_like}


def test_a_folder_that_is_not_there_lists_and_counts_nothing(tmp_path):
    assert list_photo_files(tmp_path / "gone") == []
    assert count_photo_files(tmp_path / "gone") == 0
