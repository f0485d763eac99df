"""The split into training and validation photos: seeded, stratified, stable, copies together."""

from __future__ import annotations

import hashlib
import shutil
from collections import Counter
from pathlib import Path

import numpy as np
import pytest

from core.dataset import Photo, check_dataset
from core.split import split_dataset
from tests.badfiles import add_distinct_photos


def _photos(sizes: dict[str, int], *, tag: str = "") -> list[Photo]:
    """Photos with made-up content digests: `sizes[class]` distinct photos per class."""
    photos = []
    for label, (name, count) in enumerate(sizes.items()):
        for i in range(count):
            digest = hashlib.sha1(f"{tag}{name}-{i}".encode()).hexdigest()
            photos.append(Photo(Path(f"/data/{name}/{i}.jpg"), name, label, digest))
    return photos


def _sides(photos: list[Photo], split) -> dict[Path, str]:
    sides = {photos[i].path: "train" for i in split.train}
    sides.update({photos[i].path: "validation" for i in split.validation})
    return sides


def _alone_side(digest: str, seed: int = 42) -> str:
    """Where a photo goes on its own (no rule for small classes applies to one photo)."""
    split = split_dataset([Photo(Path("/x.jpg"), "c", 0, digest)], seed=seed)
    return "validation" if len(split.validation) else "train"


def test_same_seed_same_split_and_another_seed_another_split():
    photos = _photos({"alpaca": 60, "not alpaca": 80})
    first, again = split_dataset(photos, seed=42), split_dataset(photos, seed=42)
    assert first.train.tolist() == again.train.tolist()
    assert first.validation.tolist() == again.validation.tolist()
    other = split_dataset(photos, seed=7)
    assert other.validation.tolist() != first.validation.tolist()


def test_every_photo_is_on_exactly_one_side():
    photos = _photos({"a": 37, "b": 5, "c": 2})
    split = split_dataset(photos)
    assert sorted(split.train.tolist() + split.validation.tolist()) == list(range(len(photos)))


@pytest.mark.parametrize("seed", [0, 1, 42, 2024])
def test_each_class_gets_about_a_fifth_for_validation(seed):
    sizes = {"alpaca": 400, "not alpaca": 150, "llama": 60}
    photos = _photos(sizes)
    split = split_dataset(photos, seed=seed)
    in_validation = Counter(photos[i].class_name for i in split.validation)
    for name, count in sizes.items():
        # Binomial noise: about 4 standard deviations of the share.
        tolerance = 4 * (0.2 * 0.8 / count) ** 0.5
        assert abs(in_validation[name] / count - 0.2) <= tolerance, (name, in_validation)


def test_validation_share_follows_the_setting():
    photos = _photos({"a": 300, "b": 300})
    split = split_dataset(photos, validation_split=0.5)
    assert 0.42 <= len(split.validation) / len(photos) <= 0.58


@pytest.mark.parametrize("size", range(2, 9))
def test_a_class_of_two_or_more_always_has_a_validation_and_a_training_photo(size):
    for seed in range(60):
        photos = _photos({"small": size, "big": 40}, tag=f"{seed}-")
        split = split_dataset(photos, seed=seed)
        val = Counter(photos[i].class_name for i in split.validation)
        train = Counter(photos[i].class_name for i in split.train)
        assert val["small"] >= 1 and train["small"] >= 1, (size, seed)
        assert val["big"] >= 1 and train["big"] >= 1, (size, seed)


@pytest.mark.parametrize("validation_split", [0.0, 1.0, -0.1, 1.5])
def test_a_validation_share_outside_zero_to_one_is_refused_by_name(validation_split):
    with pytest.raises(ValueError, match=f"validation_split={validation_split}"):
        split_dataset(_photos({"a": 5, "b": 5}), validation_split=validation_split)


# -- stability on real files: the side follows the photo's content -------------------------
@pytest.fixture
def photo_folder(tmp_path: Path) -> Path:
    add_distinct_photos(tmp_path / "alpaca", 30)
    add_distinct_photos(tmp_path / "not alpaca", 30, first=500)
    return tmp_path


def _sides_of(root: Path) -> dict[Path, str]:
    report = check_dataset(root)
    return _sides(list(report.photos), split_dataset(report.photos))


def test_adding_photos_never_moves_an_existing_photo(photo_folder: Path):
    before = _sides_of(photo_folder)
    assert set(before.values()) == {"train", "validation"}
    add_distinct_photos(photo_folder / "alpaca", 20, first=100)
    add_distinct_photos(photo_folder / "not alpaca", 25, first=700)
    after = _sides_of(photo_folder)
    assert len(after) == len(before) + 45
    moved = [path for path, side in before.items() if after[path] != side]
    assert moved == []


def test_renaming_a_photo_keeps_its_side(photo_folder: Path):
    before = _sides_of(photo_folder)
    renamed = {}
    for path in sorted(photo_folder.glob("*/*.png"))[::3]:
        new = path.with_name("renamed " + path.stem + ".png")
        path.rename(new)
        renamed[path] = new
    after = _sides_of(photo_folder)
    assert {old: after[new] for old, new in renamed.items()} == {
        old: before[old] for old in renamed}
    assert {p: s for p, s in after.items() if p not in renamed.values()} == {
        p: s for p, s in before.items() if p not in renamed}


def test_exact_copies_land_on_the_same_side(photo_folder: Path):
    copies = {}
    for i, path in enumerate(sorted(photo_folder.glob("*/*.png"))):
        copy = path.with_name(f"copy {i}.png")
        shutil.copyfile(path, copy)
        copies[path] = copy
    sides = _sides_of(photo_folder)
    assert {p: sides[c] for p, c in copies.items()} == {p: sides[p] for p in copies}


def test_exact_copies_stay_together_when_a_small_class_needs_a_validation_photo():
    # Four different photos, each stored twice, that would all go to training on
    # their own: the small-class rule must move a photo *and its copy* to validation
    # (a copy on each side would let the model be scored on a photo it trained on).
    digests = _digests_alone_on("train", 4)
    photos = _stored_twice(digests) + _photos({"b": 20})
    split = split_dataset(photos)
    side_of = {i: "validation" for i in split.validation} | {i: "train" for i in split.train}
    by_digest: dict[str, set[str]] = {}
    for index, photo in enumerate(photos):
        by_digest.setdefault(photo.digest, set()).add(side_of[index])
    assert set().union(*by_digest.values()) == {"train", "validation"}  # the rule applied
    split_apart = [d for d, sides in by_digest.items() if len(sides) > 1]
    assert split_apart == []


def test_exact_copies_stay_together_when_a_small_class_needs_a_training_photo():
    digests = _digests_alone_on("validation", 2)
    photos = _stored_twice(digests) + _photos({"b": 20})
    split = split_dataset(photos)
    side_of = {i: "validation" for i in split.validation} | {i: "train" for i in split.train}
    sides = [{side_of[i] for i, p in enumerate(photos) if p.digest == d} for d in digests]
    assert set().union(*sides) == {"train", "validation"}  # the rule applied
    assert all(len(s) == 1 for s in sides), sides


def test_split_indices_are_sorted_integer_arrays():
    split = split_dataset(_photos({"a": 10, "b": 10}))
    for part in (split.train, split.validation):
        assert part.dtype == np.int64
        assert part.tolist() == sorted(part.tolist())


def _digests_alone_on(side: str, count: int) -> list[str]:
    """`count` content digests whose photo, alone, the split puts on `side`."""
    digests = []
    for i in range(5000):
        digest = hashlib.sha1(f"natural-{side}-{i}".encode()).hexdigest()
        if _alone_side(digest) == side:
            digests.append(digest)
            if len(digests) == count:
                return digests
    raise AssertionError(f"no {count} digests alone on the {side} side")


def _stored_twice(digests: list[str]) -> list[Photo]:
    """Each digest as two files in class "a": exact copies of one photo."""
    return [Photo(Path(f"/data/a/{d}-{copy}.jpg"), "a", 0, d) for d in digests for copy in (1, 2)]


def test_a_near_copy_group_lands_on_one_side_even_across_classes():
    photos = _photos({"alpaca": 40, "not alpaca": 40}, tag="near")
    plain = split_dataset(photos)
    sides = _sides(photos, plain)
    # Pick pairs the plain split puts on both sides, then call them near-copies.
    train = [photos[i] for i in plain.train]
    held = [photos[i] for i in plain.validation]
    pairs = [(train[0], held[0]), (train[1], held[1]), (train[-1], held[-1])]
    assert all(sides[a.path] != sides[b.path] for a, b in pairs)
    from core.near_copies import near_copy_keys

    digests = [photo.digest for photo in photos]
    index = {photo.path: i for i, photo in enumerate(photos)}
    keys = near_copy_keys(digests, [[index[a.path], index[b.path]] for a, b in pairs])
    grouped = _sides(photos, split_dataset(photos, near_copies=keys))
    for a, b in pairs:
        assert grouped[a.path] == grouped[b.path], (a.path, b.path)
    # Photos in no group keep their side.
    in_pairs = {p.path for pair in pairs for p in pair}
    assert all(grouped[p] == side for p, side in sides.items() if p not in in_pairs)


def test_the_rescue_of_a_small_class_moves_a_whole_near_copy_group():
    photos = _photos({"tiny": 3, "big": 50}, tag="rescue")
    from core.near_copies import near_copy_keys

    digests = [photo.digest for photo in photos]
    for seed in range(20):
        # Every photo of 'tiny' is a near-copy of a 'big' one.
        keys = near_copy_keys(digests, [[0, 3], [1, 4], [2, 5]])
        split = split_dataset(photos, seed=seed, near_copies=keys)
        sides = _sides(photos, split)
        for a, b in ((0, 3), (1, 4), (2, 5)):
            assert sides[photos[a].path] == sides[photos[b].path], seed
        tiny = {sides[photos[i].path] for i in range(3)}
        assert tiny == {"train", "validation"}, "the small class still gets both sides"
