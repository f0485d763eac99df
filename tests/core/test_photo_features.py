"""Pooled features of photo files: one row per readable photo, plain reasons for the others."""

from __future__ import annotations

import numpy as np
import pytest
from PIL import Image, ImageOps

from core.errors import TrainingCancelled
from core.photo_features import FEATURE_DIM, pooled_features, pooled_features_and_thumbnails
from tests.badfiles import add_distinct_photos


@pytest.fixture(scope="module")
def photos(tmp_path_factory):
    folder = tmp_path_factory.mktemp("features")
    paths = add_distinct_photos(folder, 3)
    # Wide and asymmetric, so that its mirror image is a different picture.
    pixels = np.zeros((40, 64, 3), np.uint8)
    pixels[:, :20] = (250, 30, 30)
    pixels[5:30, 40:] = (20, 200, 90)
    original = folder / "scene.png"
    Image.fromarray(pixels).save(original)
    mirrored = folder / "scene-mirrored.png"
    ImageOps.mirror(Image.open(original)).save(mirrored)
    broken = folder / "broken.jpg"
    broken.write_bytes(b"this is text")
    return {"distinct": paths, "original": original, "mirrored": mirrored, "broken": broken}


def same(a, b) -> bool:
    """Equal up to float noise (random weights give features of any scale, even 1e-12)."""
    scale = max(float(np.abs(a).max()), float(np.abs(b).max()), 1e-30)
    return bool(np.abs(a - b).max() <= 1e-3 * scale)


def test_each_readable_photo_gets_a_row_and_each_other_file_its_reason(photos):
    paths = [photos["distinct"][0], photos["broken"], *photos["distinct"][1:]]
    events = []
    features, failures = pooled_features(paths, weights=None, on_progress=events.append)
    assert features.shape == (3, FEATURE_DIM) and features.dtype == np.float32
    assert list(failures) == [photos["broken"]]
    assert "not a photo" in failures[photos["broken"]]
    assert events[-1].done == events[-1].total == 4
    # Rows follow the readable photos' order: the same photo alone gives the same row.
    alone, _ = pooled_features([photos["distinct"][1]], weights=None)
    assert same(alone[0], features[1])
    assert not same(features[0], features[1])


def test_a_mirrored_copy_has_its_originals_thumbnail_mirrored_and_no_second_pass(
        photos, monkeypatch):
    """What finds a mirrored copy (`core.near_copies`): its layout, with one network pass."""
    from core.photo_features import FeatureSession

    passes = []
    compute = FeatureSession._compute
    monkeypatch.setattr(FeatureSession, "_compute",
                        lambda self, batch: passes.append(len(batch)) or compute(self, batch))
    paths = [photos["original"], photos["mirrored"]]
    features, thumbnails, failures = pooled_features_and_thumbnails(paths, weights=None)
    assert failures == {}
    assert features.shape == (2, FEATURE_DIM) and thumbnails.shape == (2, 256)
    flipped_thumbnail = thumbnails[0].reshape(16, 16)[:, ::-1].ravel()
    np.testing.assert_allclose(flipped_thumbnail, thumbnails[1], atol=1e-5)
    assert float(thumbnails[0] @ thumbnails[1]) < 0.9
    plain, _ = pooled_features(paths, weights=None)
    assert same(features[0], plain[0]) and same(features[1], plain[1])
    assert not same(features[0], features[1])
    assert sum(passes) == 2, "each photo through the network once, as it is"
    # Asked again: features and thumbnails from the photo cache, nothing computed.
    again, layouts, _ = pooled_features_and_thumbnails(paths, weights=None)
    assert sum(passes) == 2
    np.testing.assert_array_equal(layouts, thumbnails)


def test_stopping_raises_before_the_next_batch(photos):
    with pytest.raises(TrainingCancelled):
        pooled_features(photos["distinct"], weights=None, should_stop=lambda: True)


def test_a_session_builds_the_network_once_and_reads_the_cache_the_second_time(
        photos, monkeypatch):
    """What the app uses: batch after batch, one network, each photo's own numbers."""
    import core.model
    from core.photo_features import FeatureSession

    paths = [*photos["distinct"], photos["broken"]]
    reference, _ = pooled_features(photos["distinct"], weights=None)
    builds = []
    original = core.model.build_classifier
    monkeypatch.setattr(core.model, "build_classifier",
                        lambda *a, **k: builds.append(1) or original(*a, **k))
    session = FeatureSession(weights=None)
    first = session.features(paths[:2])
    again = session.features(paths[2:])
    assert len(builds) == 1, "one network for every call"
    assert same(first.features[0], reference[0]) and same(first.features[1], reference[1])
    assert same(again.features[0], reference[2])
    assert np.isnan(again.features[1]).all() and "not a photo" in again.skipped[paths[3]]
    assert session.features(paths[:2]).computed == 0, "the second time, from the cache"


def test_a_session_gives_each_photos_layout_from_its_pixels_and_then_from_the_cache(
        photos, tmp_path, monkeypatch):
    """What the Sort page's feature process answers besides the features: each photo's
    `core.near_copies.thumbnail`, with no second decoding of a photo it knows."""
    import zlib

    import core.photo_cache
    from core.images import open_rgb
    from core.near_copies import thumbnail
    from core.photo_features import FeatureSession

    rng = np.random.default_rng(zlib.crc32(str(tmp_path).encode()))  # new to the cache
    paths = []
    for number in range(3):
        paths.append(tmp_path / f"new-{number}.png")
        Image.fromarray(rng.integers(0, 256, (48, 80, 3), dtype=np.uint8)).save(paths[-1])
    session = FeatureSession(weights=None)
    session.features(paths[:1])  # its features known, its layout not yet
    decoded = []
    checked = core.photo_cache.checked_photo
    monkeypatch.setattr(core.photo_cache, "checked_photo",
                        lambda path, size=None: decoded.append(path) or checked(path, size))
    found = session.features([*paths, photos["broken"]], thumbnails=True)
    assert found.thumbnails.shape == (4, 256)
    for row, path in enumerate(paths):
        expected = thumbnail(np.asarray(open_rgb(path, (160, 160)), np.float32))
        np.testing.assert_allclose(found.thumbnails[row], expected, atol=1e-5)
    assert np.isnan(found.thumbnails[3]).all() and "not a photo" in found.skipped[
        photos["broken"]]
    assert decoded.count(paths[1]) == decoded.count(paths[2]) == 1, "decoded once, for both"
    decoded.clear()
    again = session.features(paths, thumbnails=True)
    assert decoded == [] and again.computed == 0, "the second time, all from the cache"
    np.testing.assert_array_equal(again.thumbnails, found.thumbnails[:3])
    assert session.features(paths).thumbnails is None, "only when asked for"
