"""Training's split keeps each near-copy group on one side; other photos keep their sides.

A near-copy in training and its original in validation would let the model be
scored on a photo it has seen. Near-copies are only near-copies to the ImageNet
network (random weights see no likeness), so the run here is a real one: tiny
generated scenes at 160 px, the frozen phase only.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

import numpy as np
import pytest
from PIL import Image, ImageDraw, ImageEnhance, ImageOps

from core.dataset import Photo
from core.near_copies import near_copy_keys
from core.split import split_dataset
from core.train_config import TrainConfig
from core.training import train_classifier

SCENES_PER_CLASS = 14
COPIED = 4  # scenes per class that get near-copies
COPIES = ("resized", "recompressed", "mirrored")
# Scenes per class (after those) with one copy of this kind alone: its features are 0.80-0.90
# from its original's as they are (below `NEAR_COPY_THRESHOLD`) and nothing goes through the
# network mirrored, so only its thumbnail, mirrored, groups it.
ALONE = 4
DARK_MIRRORED = "mirrored, darkened, recompressed"


def _scene(path: Path, seed: int) -> None:
    """A photo-like picture of its own: a coloured gradient and a few shapes."""
    rng = np.random.default_rng([17, seed])
    width, height = 200, 150
    top, bottom = rng.integers(0, 255, (2, 3))
    ramp = np.linspace(0.0, 1.0, height)[:, None, None]
    pixels = (top * (1 - ramp) + bottom * ramp) * np.ones((1, width, 1))
    image = Image.fromarray(pixels.astype(np.uint8))
    draw = ImageDraw.Draw(image)
    for _ in range(int(rng.integers(3, 7))):
        x0, y0 = int(rng.integers(0, width - 40)), int(rng.integers(0, height - 40))
        x1, y1 = x0 + int(rng.integers(20, 120)), y0 + int(rng.integers(20, 100))
        colour = tuple(int(c) for c in rng.integers(0, 255, 3))
        if rng.random() < 0.5:
            draw.ellipse((x0, y0, x1, y1), fill=colour)
        else:
            draw.rectangle((x0, y0, x1, y1), fill=colour)
    image.save(path, quality=95)


def _near_copy(original: Path, kind: str) -> Path:
    target = original.with_name(f"{original.stem} {kind}.jpg")
    with Image.open(original) as image:
        if kind == "resized":
            image.resize((image.width * 3 // 5, image.height * 3 // 5)).save(target, quality=90)
        elif kind == "recompressed":
            image.save(target, quality=30)
        elif kind == "mirrored":
            ImageOps.mirror(image).save(target, quality=90)
        else:
            ImageEnhance.Brightness(ImageOps.mirror(image)).enhance(0.8).save(target, quality=30)
    return target


@pytest.fixture(scope="module")
def scenes(tmp_path_factory, imagenet_weights_available) -> dict:
    """Two classes of distinct scenes; three near-copies of some, a dark mirrored one of others."""
    root = tmp_path_factory.mktemp("near-copy-split")
    groups = []
    for number, name in enumerate(("red things", "blue things")):
        (root / name).mkdir()
        for i in range(SCENES_PER_CLASS):
            original = root / name / f"scene {i:02d}.jpg"
            _scene(original, 100 * number + i)
            if i < COPIED:
                groups.append([original] + [_near_copy(original, kind) for kind in COPIES])
            elif i < COPIED + ALONE:
                groups.append([original, _near_copy(original, DARK_MIRRORED)])
    return {"root": root, "groups": groups}


def _sides(photos, split) -> dict[Path, str]:
    sides = {photos[i].path: "training" for i in split.train}
    sides.update({photos[i].path: "validation" for i in split.validation})
    return sides


def test_each_near_copy_group_lands_on_one_side_and_other_photos_keep_theirs(scenes):
    seed = 42
    config = TrainConfig(frozen_epochs=1, fine_tune_epochs=0, image_size=160, seed=seed,
                         validation_split=0.3)
    result = train_classifier(scenes["root"], config)
    photos = result.report.photos
    trained = _sides(photos, result.split)
    plain = _sides(photos, split_dataset(photos, config.validation_split, seed))
    # Without the groups, copies of a photo would sit on both sides; a darkened mirrored
    # copy too (the pairs).
    assert any(len({plain[p] for p in group}) > 1 for group in scenes["groups"])
    assert any(len({plain[p] for p in group}) > 1 for group in scenes["groups"]
               if len(group) == 2)
    for group in scenes["groups"]:
        assert len({trained[p] for p in group}) == 1, {p.name: trained[p] for p in group}
    copied = {p for group in scenes["groups"] for p in group}
    assert {p: s for p, s in trained.items() if p not in copied} == {
        p: s for p, s in plain.items() if p not in copied}
    # Each photo went through the network once as it is (to group it; validation's photos
    # were read back from that, not computed again) and once per augmented version it
    # trains on: none mirrored, none twice.
    assert result.frozen_passes == len(photos) + len(result.split.train)
    # What the run computed to group them is what the app's features read: nothing to do.
    from core.photo_features import FeatureSession

    assert FeatureSession(160).features([p.path for p in photos]).computed == 0


# -- where the groups are known: the split itself ------------------------------------------
def _photos(count: int, tag: str) -> list[Photo]:
    photos = []
    for i in range(count):
        name = ("cats", "dogs")[i % 2]
        digest = hashlib.sha1(f"{tag}-{i}".encode()).hexdigest()
        photos.append(Photo(Path(f"/data/{name}/{tag}-{i}.jpg"), name, i % 2, digest))
    return photos


def test_adding_a_near_copy_moves_no_photo_outside_its_group():
    photos = _photos(80, "base")
    digests = [p.digest for p in photos]
    groups = [[0, 2], [5, 7, 9], [10, 12]]
    before = _sides(photos, split_dataset(photos, near_copies=near_copy_keys(digests, groups)))
    # A new photo, a near-copy of photo 5, and a new unrelated one.
    added = photos + _photos(2, "new")
    digests = [p.digest for p in added]
    keys = near_copy_keys(digests, [[0, 2], [5, 7, 9, 80], [10, 12]])
    after = _sides(added, split_dataset(added, near_copies=keys))
    group = {photos[i].path for i in (5, 7, 9)} | {added[80].path}
    assert len({after[p] for p in group}) == 1
    assert {p: s for p, s in after.items() if p in before and p not in group} == {
        p: s for p, s in before.items() if p not in group}
    again = _sides(added, split_dataset(added, near_copies=keys))
    assert again == after, "the same photos and seed: the same split"
