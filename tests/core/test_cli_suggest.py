"""``audit`` and ``suggest`` through a real argparse parser, on tiny generated photos.

The network's features are replaced by the photo's own pixels at 32 x 32 and
its mean colour: as with MobileNetV2's, a tint is a direction a head can learn,
an exact copy has exactly its original's features, and a mirrored copy features
close to them (cosine 0.8 here; MobileNetV2's are 0.83 or more), not close enough
alone: its thumbnail, mirrored, groups it.
A MobileNetV2 with random weights cannot tell the tints apart; the real network
is exercised by tests/core/test_photo_features.py and the slow alpaca audit.
"""

from __future__ import annotations

import argparse
import io
import json
import shutil
from pathlib import Path

import numpy as np
import pytest
from PIL import Image, ImageOps

import core.photo_features
from core.cli_suggest import add_audit_parser, add_suggest_parser
from core.errors import CoreError, DatasetError, ImageError
from core.images import load_array
from core.near_copies import thumbnail
from tests.core.tiny_runs import make_dataset, snapshot

RED, GREEN = "red", "green"  # make_dataset tints class 0 red, class 1 green


def run(*argv) -> tuple[int, str]:
    parser = argparse.ArgumentParser(prog="alpaca-studio")
    commands = parser.add_subparsers(required=True)
    add_audit_parser(commands)
    add_suggest_parser(commands)
    args = parser.parse_args([str(a) for a in argv])
    out = io.StringIO()
    status = args.run(args, out)
    return status, out.getvalue()


def pixel_features(paths, image_size=160, on_progress=None, should_stop=None, *,
                   weights="imagenet"):
    """(features, thumbnails, failures) as `core.photo_features` gives them.

    A photo's pattern (its pixels less their mean colour) as its mirror-symmetric part
    and, at half weight, the rest; then its mean colour, with the weight of both:
    distinct photos of one tint are about half alike, a photo and its mirror image 0.8.
    """
    rows, thumbnails, failures = [], [], {}
    for path in paths:
        try:
            pixels = load_array(path, (32, 32)).astype(np.float32)
        except ImageError as error:
            failures[Path(path)] = error.reason
            continue
        colour = pixels.mean(axis=(0, 1))
        pattern = pixels - colour
        mirrored = pattern[:, ::-1]
        shape = np.concatenate([(pattern + mirrored).ravel(), 0.5 * (pattern - mirrored).ravel()])
        tint = np.repeat(colour - 128.0, 64)
        tint *= np.linalg.norm(shape) / max(np.linalg.norm(tint), 1e-6)
        rows.append(np.concatenate([shape, tint]))
        thumbnails.append(thumbnail(pixels))
    return (np.array(rows, np.float32).reshape(len(rows), 2 * 32 * 32 * 3 + 3 * 64),
            np.array(thumbnails, np.float32).reshape(len(rows), -1), failures)


def plain_pixel_features(*args, **kwargs):
    features, _, failures = pixel_features(*args, **kwargs)
    return features, failures


@pytest.fixture(autouse=True)
def features_from_pixels(monkeypatch):
    monkeypatch.setattr(core.photo_features, "pooled_features_and_thumbnails", pixel_features)
    monkeypatch.setattr(core.photo_features, "pooled_features", plain_pixel_features)


@pytest.fixture(scope="module")
def workspace(tmp_path_factory) -> Path:
    """Two tinted classes, 8 photos each (read only: tests copy what they change)."""
    return make_dataset(tmp_path_factory.mktemp("audit"), (RED, GREEN), per_class=8)


def test_audit_lists_a_mirrored_copy_filed_in_the_other_class_first(tmp_path, workspace):
    root = tmp_path / "ws"
    shutil.copytree(workspace, root)
    original = root / RED / "red-001.png"
    # A mirrored copy in the other class (contradicting labels), an exact copy in its own.
    with Image.open(original) as image:
        ImageOps.mirror(image).save(root / GREEN / "mirrored.png")
    shutil.copy(original, root / RED / "copy.png")
    (root / GREEN / "broken.jpg").write_bytes(b"not a photo at all")
    misfiled = root / GREEN / "red-misfiled.png"
    shutil.move(root / RED / "red-005.png", misfiled)
    before = snapshot(root)

    status, text = run("audit", root, "--json")

    assert status == 0
    document = json.loads(text)  # exactly one JSON document
    assert {"suspects", "near_duplicates"} <= set(document)
    assert sorted(document["near_duplicates"][0]) == sorted(
        str(p) for p in (original, root / RED / "copy.png", root / GREEN / "mirrored.png"))
    assert document["near_duplicates_across_classes"] == [document["near_duplicates"][0]]
    assert [s["path"] for s in document["skipped"]] == [str(root / GREEN / "broken.jpg")]
    first = document["suspects"][0]
    assert (first["path"], first["class"], first["suggested"]) == (str(misfiled), GREEN, RED)
    assert 0.5 < first["confidence"] <= 1.0
    for suspect in document["suspects"]:
        assert set(suspect) == {"path", "class", "suggested", "confidence"}
        assert suspect["class"] != suspect["suggested"]
    assert snapshot(root) == before  # no photo touched


def test_audit_says_in_words_what_it_found(tmp_path, workspace):
    root = tmp_path / "ws"
    shutil.copytree(workspace, root)
    shutil.copy(root / GREEN / "green-002.png", root / GREEN / "again.png")
    status, text = run("audit", root)
    assert status == 0
    assert "1 group of near-copies" in text
    assert str(root / GREEN / "again.png") in text
    assert "IN DIFFERENT CLASSES" not in text


def test_suggest_answers_each_photo_and_names_the_one_it_cannot_read(tmp_path, workspace):
    incoming = tmp_path / "incoming"
    incoming.mkdir()
    rng = np.random.default_rng(42)
    expected = {}
    for i in range(4):
        pixels = rng.integers(0, 120, (24, 32, 3), dtype=np.uint8)
        channel = i % 2  # 0: red, 1: green, as make_dataset tints its two classes
        pixels[..., channel] += 120
        path = incoming / f"new-{i}.png"
        Image.fromarray(pixels).save(path)
        expected[str(path)] = (RED, GREEN)[channel]
    broken = incoming / "broken.jpg"
    broken.write_bytes(b"\xff\xd8\xff" + b"\0" * 20)

    status, text = run("suggest", workspace, incoming, "--json")

    assert status == 0
    answers = json.loads(text)
    by_path = {a["path"]: a for a in answers}
    assert set(by_path) == {*expected, str(broken)}
    assert set(by_path[str(broken)]) == {"path", "error"}
    assert "damaged" in by_path[str(broken)]["error"] or "photo" in by_path[str(broken)]["error"]
    for path, label in expected.items():
        assert set(by_path[path]) == {"path", "label", "probability"}
        assert by_path[path]["label"] == label
        assert 0.5 <= by_path[path]["probability"] <= 1.0


def test_suggest_for_a_sorted_photo_does_not_learn_from_its_own_folder(tmp_path, workspace):
    root = tmp_path / "ws"
    shutil.copytree(workspace, root)
    misfiled = root / GREEN / "red-misfiled.png"
    shutil.move(root / RED / "red-004.png", misfiled)
    status, text = run("suggest", root, misfiled, "--json")
    assert status == 0
    assert json.loads(text)[0]["label"] == RED


def test_suggest_without_a_readable_photo_fails(tmp_path, workspace):
    (tmp_path / "bad.jpg").write_bytes(b"")
    status, text = run("suggest", workspace, tmp_path / "bad.jpg")
    assert status == 1
    assert "empty" in text


def test_suggest_needs_photos_in_every_class(tmp_path, workspace):
    root = tmp_path / "ws"
    shutil.copytree(workspace, root)
    (root / "yellow").mkdir()
    with pytest.raises(DatasetError, match="'yellow' has none"):
        run("suggest", root, root / RED / "red-000.jpg")


def test_audit_of_a_folder_without_classes_says_so(tmp_path):
    with pytest.raises(CoreError, match="does not exist"):
        run("audit", tmp_path / "nowhere", "--json")
