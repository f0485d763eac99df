"""Workspaces and class names: safe names only, existing data sets opened as they are."""

from __future__ import annotations

import pytest

from core.dataset import find_class_names
from core.thumbnails import make_thumbnail
from core.workspace import (
    WorkspaceError,
    add_class,
    collect_photo_files,
    load_tray,
    open_workspace,
    propose_workspace_path,
    rename_class,
    save_tray,
)


def test_an_empty_folder_becomes_a_workspace_with_the_default_classes(tmp_path):
    assert open_workspace(tmp_path / "new") == ("alpaca", "not alpaca")
    assert sorted(p.name for p in (tmp_path / "new").iterdir()) == ["alpaca", "not alpaca"]


def test_an_existing_data_set_opens_as_it_is_without_writing(alpaca_dir):
    before = sorted(p.name for p in alpaca_dir.iterdir())
    assert open_workspace(alpaca_dir) == ("alpaca", "not alpaca")
    assert sorted(p.name for p in alpaca_dir.iterdir()) == before


def test_the_proposed_workspace_is_in_pictures_then_documents(tmp_path):
    pictures, documents = tmp_path / "Pictures", tmp_path / "Documents"
    documents.mkdir()
    assert propose_workspace_path(pictures, documents, tmp_path) == documents / "Alpaca Studio"
    pictures.mkdir()
    assert propose_workspace_path(pictures, documents, tmp_path) == pictures / "Alpaca Studio"


@pytest.mark.parametrize("bad", ["", "   ", "../x", "a/b", "..", ".hidden", "ALPACA", "con"])
def test_bad_class_names_are_refused_naming_the_value(tmp_path, bad):
    open_workspace(tmp_path)
    with pytest.raises(WorkspaceError) as caught:
        add_class(tmp_path, bad)
    assert repr(bad) in str(caught.value)
    assert find_class_names(tmp_path) == ("alpaca", "not alpaca")
    assert not (tmp_path.parent / "x").exists()


def test_add_and_rename_classes(tmp_path):
    open_workspace(tmp_path)
    (tmp_path / "alpaca" / "a.jpg").write_bytes(b"photo")
    assert add_class(tmp_path, "  llama ") == "llama"
    assert rename_class(tmp_path, "alpaca", "alpacas") == "alpacas"
    assert find_class_names(tmp_path) == ("alpacas", "llama", "not alpaca")
    assert (tmp_path / "alpacas" / "a.jpg").read_bytes() == b"photo"
    with pytest.raises(WorkspaceError, match="already a class"):
        rename_class(tmp_path, "llama", "not alpaca")
    with pytest.raises(WorkspaceError, match=r"'\.\./x'"):
        rename_class(tmp_path, "llama", "../x")


def test_dropped_folders_give_their_photos_once(tmp_path):
    (tmp_path / "trip" / "day 2").mkdir(parents=True)
    for name in ("trip/a.jpg", "trip/day 2/b.PNG", "trip/notes.txt", "trip/.DS_Store"):
        (tmp_path / name).write_bytes(b"x")
    (tmp_path / "single.dat").write_bytes(b"x")
    found = collect_photo_files([tmp_path / "trip", tmp_path / "trip" / "a.jpg",
                                 tmp_path / "single.dat", tmp_path / "missing.jpg"])
    assert [p.relative_to(tmp_path).as_posix() for p in found] == [
        "trip/a.jpg", "trip/day 2/b.PNG", "single.dat"]


def test_the_tray_list_survives_a_round_trip(tmp_path):
    photos = [tmp_path / "a.jpg", tmp_path / "ü b.jpg"]
    save_tray(tmp_path / "tray.json", photos)
    assert load_tray(tmp_path / "tray.json") == photos
    (tmp_path / "broken.json").write_text("{not json")
    assert load_tray(tmp_path / "broken.json") == []


def test_thumbnails_are_upright_small_and_cached(tmp_path):
    from PIL import Image
    photo = tmp_path / "tall.jpg"
    exif = Image.Exif()
    exif[0x0112] = 6  # stored sideways: the camera says rotate 90°
    Image.new("RGB", (400, 200), "red").save(photo, exif=exif)
    cache = tmp_path / "cache"
    thumb = make_thumbnail(photo, 100, cache)
    assert thumb.size == (50, 100)
    assert len(list(cache.rglob("*.jpg"))) == 1
    assert make_thumbnail(photo, 100, cache).size == (50, 100)


def test_reading_a_workspace_creates_nothing_and_proposes_the_defaults(tmp_path):
    from core.dataset import DEFAULT_CLASS_NAMES
    from core.workspace import create_workspace, read_workspace

    root = tmp_path / "new"
    assert read_workspace(root) == (DEFAULT_CLASS_NAMES, True)
    assert not root.exists(), "only proposed: nothing is made behind the person's back"
    create_workspace(root, DEFAULT_CLASS_NAMES)
    (root / "alpaca" / "a.jpg").write_bytes(b"x")
    assert read_workspace(root) == (tuple(sorted(DEFAULT_CLASS_NAMES)), False)
    (tmp_path / "file").write_text("not a folder")
    with pytest.raises(WorkspaceError, match="is a file, not a folder"):
        read_workspace(tmp_path / "file")


def test_a_removed_class_is_parked_whole_in_unsorted_and_comes_back(tmp_path):
    from core.workspace import UNSORTED_FOLDER, park_class, unpark_class

    root = tmp_path / "ws"
    (root / "llama").mkdir(parents=True)
    (root / "llama" / "one.jpg").write_bytes(b"1")
    (root / UNSORTED_FOLDER / "llama").mkdir(parents=True)  # an earlier removed 'llama'
    parked = park_class(root, "llama")
    assert parked.parent == root / UNSORTED_FOLDER and parked.name != "llama"
    assert (parked / "one.jpg").read_bytes() == b"1" and not (root / "llama").exists()
    unpark_class(root, "llama", parked)
    assert (root / "llama" / "one.jpg").read_bytes() == b"1"
