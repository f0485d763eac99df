"""The audit on real photos, with the ImageNet weights: misfiled photos and a mirrored copy."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PIL import Image, ImageOps

from core.photo_audit import audit_folder, suggest_for_photos

PER_CLASS = 40
MISFILED = 3


@pytest.fixture(scope="module")
def small_alpaca(alpaca_dir, imagenet_weights_available, tmp_path_factory) -> dict:
    """40 photos of each class, 3 more alpacas filed under 'not alpaca', one mirrored copy."""
    root = tmp_path_factory.mktemp("alpaca-audit")
    chosen = {}
    for name in ("alpaca", "not alpaca"):
        (root / name).mkdir()
        photos = sorted((alpaca_dir / name).iterdir())[:PER_CLASS + MISFILED]
        for photo in photos[:PER_CLASS]:
            shutil.copy(photo, root / name / photo.name)
        chosen[name] = photos
    misfiled = [root / "not alpaca" / f"misfiled-{i}.jpg" for i in range(MISFILED)]
    for photo, target in zip(chosen["alpaca"][PER_CLASS:], misfiled):
        shutil.copy(photo, target)
    original = root / "alpaca" / chosen["alpaca"][3].name
    mirrored = root / "alpaca" / "mirrored.jpg"
    with Image.open(original) as image:
        ImageOps.mirror(image).resize((image.width // 2, image.height // 2)).save(mirrored)
    return {"root": root, "misfiled": misfiled, "original": original, "mirrored": mirrored,
            "unseen": chosen["not alpaca"][PER_CLASS]}


@pytest.mark.slow
def test_misfiled_alpacas_are_suspects_and_a_mirrored_copy_is_grouped(small_alpaca):
    audit = audit_folder(small_alpaca["root"])
    paths = [photo.path for photo in audit.photos]
    suspects = {paths[s.index]: audit.class_names[s.suggested] for s in audit.suspects}
    found = [path for path in small_alpaca["misfiled"] if path in suspects]
    assert len(found) >= MISFILED - 1, suspects
    assert all(suspects[path] == "alpaca" for path in found)
    assert len(suspects) <= 2 * MISFILED  # the well-filed photos stay off the list
    groups = [{paths[i] for i in group} for group in audit.near_copies]
    assert {small_alpaca["original"], small_alpaca["mirrored"]} in groups
    assert len(groups) <= 2  # distinct photos are not grouped


@pytest.mark.slow
def test_suggest_names_an_unseen_photo_from_the_sorted_ones(small_alpaca):
    answers, warnings = suggest_for_photos(small_alpaca["root"], [small_alpaca["unseen"]])
    assert warnings == []
    assert [(a.path, a.label) for a in answers] == [(Path(small_alpaca["unseen"]), "not alpaca")]
    assert answers[0].probability > 0.5
