"""Copying and moving photos: nothing is ever overwritten, and failures change nothing."""

from __future__ import annotations

import errno
import hashlib
import os
from pathlib import Path

import pytest

from core import photo_files
from core.photo_files import PhotoFileError, copy_photo, move_photo, undo_operation


def sha(path: Path) -> str:
    return hashlib.sha1(path.read_bytes()).hexdigest()


def snapshot(*folders: Path) -> dict[str, str]:
    """Every file (hidden ones too) under `folders` with its content hash."""
    return {str(p): sha(p) for folder in folders for p in sorted(folder.rglob("*"))
            if p.is_file()}


@pytest.fixture
def places(tmp_path: Path) -> tuple[Path, Path]:
    source_dir, target = tmp_path / "camera", tmp_path / "workspace" / "alpaca"
    source_dir.mkdir()
    target.mkdir(parents=True)
    (source_dir / "IMG_1.jpg").write_bytes(b"first photo bytes")
    (source_dir / "IMG_2.jpg").write_bytes(b"second photo bytes")
    return source_dir, target


def test_copy_leaves_the_original_and_makes_an_identical_copy(places):
    source_dir, target = places
    original = source_dir / "IMG_1.jpg"
    op = copy_photo(original, target)
    assert op.destination == target / "IMG_1.jpg"
    assert sha(op.destination) == sha(original) == op.digest
    assert original.read_bytes() == b"first photo bytes"
    assert sorted(os.listdir(target)) == ["IMG_1.jpg"], "no temporary file may be left behind"


def test_a_taken_name_gets_a_suffix_and_nothing_is_overwritten(places):
    source_dir, target = places
    (target / "IMG_1.jpg").write_bytes(b"already here")
    (target / "IMG_1 (2).jpg").write_bytes(b"also here")
    op = copy_photo(source_dir / "IMG_1.jpg", target)
    assert op.destination.name == "IMG_1 (3).jpg"
    assert (target / "IMG_1.jpg").read_bytes() == b"already here"
    assert (target / "IMG_1 (2).jpg").read_bytes() == b"also here"
    assert op.destination.read_bytes() == b"first photo bytes"


def test_undo_of_a_copy_removes_only_our_copy(places):
    source_dir, target = places
    (target / "IMG_1.jpg").write_bytes(b"the user's own file")
    op = copy_photo(source_dir / "IMG_1.jpg", target)
    undo_operation(op)
    assert not op.destination.exists()
    assert (target / "IMG_1.jpg").read_bytes() == b"the user's own file"
    assert (source_dir / "IMG_1.jpg").read_bytes() == b"first photo bytes"


def test_undo_of_a_copy_keeps_a_copy_that_was_edited_since(places):
    source_dir, target = places
    op = copy_photo(source_dir / "IMG_1.jpg", target)
    op.destination.write_bytes(b"edited by the user")
    with pytest.raises(PhotoFileError, match="changed"):
        undo_operation(op)
    assert op.destination.read_bytes() == b"edited by the user"


def test_move_and_undo_put_the_photo_back_where_it_was(places):
    source_dir, target = places
    original = source_dir / "IMG_2.jpg"
    op = move_photo(original, target)
    assert not original.exists()
    assert op.destination.read_bytes() == b"second photo bytes"
    back = undo_operation(op)
    assert back is not None and back.destination == original
    assert original.read_bytes() == b"second photo bytes"
    assert list(target.iterdir()) == []


def test_move_without_hard_links_still_never_overwrites(places, monkeypatch):
    source_dir, target = places
    (target / "IMG_2.jpg").write_bytes(b"taken")

    def no_links(*args, **kwargs):
        raise OSError(errno.EPERM, "Operation not permitted")

    monkeypatch.setattr(photo_files.os, "link", no_links)
    op = move_photo(source_dir / "IMG_2.jpg", target)
    assert op.destination.name == "IMG_2 (2).jpg"
    assert (target / "IMG_2.jpg").read_bytes() == b"taken"
    assert op.destination.read_bytes() == b"second photo bytes"
    assert not (source_dir / "IMG_2.jpg").exists()
    assert sorted(p.name for p in target.iterdir()) == ["IMG_2 (2).jpg", "IMG_2.jpg"]


def test_a_vanished_source_is_reported_and_nothing_is_written(places):
    source_dir, target = places
    gone = source_dir / "IMG_1.jpg"
    gone.unlink()
    for operation in (copy_photo, move_photo):
        with pytest.raises(PhotoFileError, match="no longer exists") as caught:
            operation(gone, target)
        assert caught.value.path == gone
    assert list(target.iterdir()) == []


@pytest.mark.parametrize("error, words", [
    (PermissionError(errno.EACCES, "Permission denied"), "permission denied"),
    (OSError(errno.ENOSPC, "No space left on device"), "disk is full"),
])
def test_a_failing_final_rename_changes_nothing(places, monkeypatch, error, words):
    source_dir, target = places
    before = snapshot(source_dir, target)

    def failing(*args, **kwargs):
        raise error

    monkeypatch.setattr(photo_files.os, "link", failing)
    for operation in (copy_photo, move_photo):
        with pytest.raises(PhotoFileError, match=words):
            operation(source_dir / "IMG_1.jpg", target)
        assert snapshot(source_dir, target) == before


def test_disk_full_while_writing_leaves_no_partial_file(places, monkeypatch):
    source_dir, target = places
    before = snapshot(source_dir, target)
    real_fsync = os.fsync

    def full(fd):
        real_fsync(fd)
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(photo_files.os, "fsync", full)
    with pytest.raises(PhotoFileError, match="disk is full"):
        copy_photo(source_dir / "IMG_1.jpg", target)
    assert snapshot(source_dir, target) == before


def test_a_move_whose_source_cannot_be_removed_is_rolled_back(places, monkeypatch):
    source_dir, target = places
    before = snapshot(source_dir, target)

    def denied(path, *args, **kwargs):
        if Path(path).parent == source_dir:
            raise PermissionError(errno.EACCES, "Permission denied", str(path))
        return real_unlink(path, *args, **kwargs)

    real_unlink = os.unlink
    monkeypatch.setattr(photo_files.os, "unlink", denied)
    with pytest.raises(PhotoFileError, match="permission denied"):
        move_photo(source_dir / "IMG_1.jpg", target)
    assert snapshot(source_dir, target) == before


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="needs POSIX permissions")
def test_a_read_only_destination_is_reported_with_the_photo_name(places):
    source_dir, target = places
    target.chmod(0o500)
    try:
        with pytest.raises(PhotoFileError) as caught:
            copy_photo(source_dir / "IMG_1.jpg", target)
        assert "IMG_1.jpg" in str(caught.value) and "permission denied" in caught.value.reason
    finally:
        target.chmod(0o700)
    assert list(target.iterdir()) == []


def _refuse_writing_in(monkeypatch, folder: Path) -> None:
    """`folder` behaves as read-only (the tests run as root, where chmod does not bind)."""
    real_link, real_mkstemp = os.link, photo_files.tempfile.mkstemp

    def link(source, destination, *args, **kwargs):
        if Path(destination).parent == folder:
            raise PermissionError(errno.EACCES, "Permission denied", str(source),
                                  None, str(destination))
        return real_link(source, destination, *args, **kwargs)

    def mkstemp(*args, dir=None, **kwargs):
        if dir is not None and Path(dir) == folder:
            raise PermissionError(errno.EACCES, "Permission denied",
                                  str(Path(dir) / ".alpaca-partial-x"))
        return real_mkstemp(*args, dir=dir, **kwargs)

    monkeypatch.setattr(photo_files.os, "link", link)
    monkeypatch.setattr(photo_files.tempfile, "mkstemp", mkstemp)


@pytest.mark.parametrize("operation", [copy_photo, move_photo])
def test_a_read_only_class_folder_is_blamed_not_the_photo(places, monkeypatch, operation):
    source_dir, target = places
    before = snapshot(source_dir, target)
    _refuse_writing_in(monkeypatch, target)
    with pytest.raises(PhotoFileError) as caught:
        operation(source_dir / "IMG_1.jpg", target)
    reason = caught.value.reason
    assert f"the folder {target} cannot be written in" in reason, reason
    assert str(source_dir) not in reason and ".alpaca-partial" not in reason, reason
    assert snapshot(source_dir, target) == before


def test_undo_of_a_move_whose_folder_is_gone_says_so_and_changes_nothing(places):
    source_dir, target = places
    operation = move_photo(source_dir / "IMG_1.jpg", target)
    for leftover in source_dir.iterdir():
        leftover.unlink()
    source_dir.rmdir()
    before = snapshot(target)
    with pytest.raises(PhotoFileError) as caught:
        undo_operation(operation)
    assert caught.value.path == operation.destination
    assert f"could not be put back in {source_dir}" in str(caught.value)
    assert "no longer exists" in caught.value.reason
    assert snapshot(target) == before and not source_dir.exists()


def test_undo_of_a_move_into_a_read_only_folder_blames_it_and_changes_nothing(places,
                                                                            monkeypatch):
    source_dir, target = places
    operation = move_photo(source_dir / "IMG_1.jpg", target)
    before = snapshot(source_dir, target)
    _refuse_writing_in(monkeypatch, source_dir)
    with pytest.raises(PhotoFileError) as caught:
        undo_operation(operation)
    assert f"the folder {source_dir} cannot be written in" in caught.value.reason
    assert snapshot(source_dir, target) == before
