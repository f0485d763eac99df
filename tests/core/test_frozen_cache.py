"""A second run reuses what the first computed: only new photos and changed settings cost.

Tiny generated photos, random weights seeded by the run, 96 px: each run takes seconds.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import keras
import numpy as np
import pytest
from PIL import Image

from core.augment import augment_each, build_augmentation
from core.augment_config import AugmentConfig
from core.frozen_cache import photo_seeds
from core.photo_cache import CACHE_ENV
from core.photo_features import FeatureSession
from core.train_config import TrainConfig
from core.training import train_classifier
from tests.core.tiny_runs import make_dataset

# Two frozen and two fine-tuning epochs: two augmented versions of every training photo.
CONFIG = {"frozen_epochs": 2, "fine_tune_epochs": 2, "image_size": 96, "weights": None,
          "batch_size": 32}
VERSIONS = 2


def _train(root, **changes):
    return train_classifier(root, TrainConfig(**{**CONFIG, **changes}))


def _same_run(a, b) -> None:
    assert [r.__dict__ | {"seconds": 0} for r in a.history] == [
        r.__dict__ | {"seconds": 0} for r in b.history]
    assert [p.probabilities for p in a.evaluation.predictions] == [
        p.probabilities for p in b.evaluation.predictions]


def _passes(result, known=None) -> int:
    """Frozen-part passes a run needs beyond what the run `known` computed before it."""
    def sides(run):
        photos = run.report.photos
        return ([photos[i].digest for i in run.split.validation],
                [photos[i].digest for i in run.split.train])

    val, train = sides(result)
    known_val, known_train = sides(known) if known is not None else ((), ())
    # Validation photos are stored as they are; training photos as augmented versions.
    return (sum(d not in known_val for d in val)
            + VERSIONS * sum(d not in known_train for d in train))


@pytest.fixture(scope="module")
def cold(tmp_path_factory):
    """One run on an empty cache: its photos, its result and the cache it left."""
    base = tmp_path_factory.mktemp("cold")
    cache = base / "cache"
    earlier = os.environ.get(CACHE_ENV)
    os.environ[CACHE_ENV] = str(cache)
    try:
        root = make_dataset(base / "photos", per_class=10)
        result = _train(root)
    finally:
        os.environ[CACHE_ENV] = earlier if earlier is not None else ""
        if earlier is None:
            del os.environ[CACHE_ENV]
    return root, result, cache


@pytest.fixture
def warm(cold, photo_cache, tmp_path):
    """The cold run's photos (a copy this test may change) and its cache, as this test's."""
    root, result, cache = cold
    shutil.copytree(cache, photo_cache)
    photos = tmp_path / "photos"
    shutil.copytree(root, photos)
    return photos, result


def test_a_cold_run_computes_each_photo_once_per_version(cold):
    _, result, _ = cold
    assert result.frozen_passes == _passes(result) > 0


def test_a_second_run_computes_nothing_and_gives_the_same_result(warm):
    photos, cold_result = warm
    again = _train(photos)
    assert again.frozen_passes == 0
    _same_run(again, cold_result)


def test_changing_epochs_or_learning_rate_reuses_everything(warm):
    photos, _ = warm
    again = _train(photos, learning_rate=3e-3, fine_tune_factor=0.5, fine_tune_epochs=1)
    assert again.frozen_passes == 0


def test_adding_photos_costs_only_the_new_photos(warm):
    photos, cold_result = warm
    old = {p.digest for p in cold_result.report.photos}
    for name in ("alpaca", "not alpaca"):
        for i in range(3):
            pixels = np.random.default_rng([7, i, len(name)]).integers(0, 255, (24, 32, 3))
            Image.fromarray(pixels.astype(np.uint8)).save(photos / name / f"new-{i}.png")
    again = _train(photos)
    assert len({p.digest for p in again.report.photos} - old) == 6
    # The 6 new photos, and any old one the split now puts on the other side.
    assert 6 <= again.frozen_passes == _passes(again, cold_result) < _passes(again) / 2


def test_changing_the_augmentation_recomputes_only_the_augmented_versions(warm):
    photos, cold_result = warm
    again = _train(photos, augmentation=AugmentConfig(rotation=0.1))
    assert again.frozen_passes == VERSIONS * len(cold_result.split.train)


def test_changing_the_image_size_recomputes_everything(warm):
    photos, cold_result = warm
    again = _train(photos, image_size=128)
    assert again.frozen_passes == _passes(cold_result)


def test_other_random_weights_are_never_mistaken_for_the_cached_ones(warm):
    photos, _ = warm
    # Another seed: other random weights, so not even the validation photos are reused.
    again = _train(photos, seed=7)
    assert again.frozen_passes == _passes(again)


def test_damaged_entries_are_computed_again(warm, photo_cache):
    photos, cold_result = warm
    entries = sorted((photo_cache / "v1" / "bottom").rglob("*.npy"))
    for path in entries:
        path.write_bytes(path.read_bytes()[:100])
    again = _train(photos)
    assert again.frozen_passes == _passes(cold_result)
    assert again.val_accuracy == pytest.approx(cold_result.val_accuracy, abs=0.15)
    assert all(path.stat().st_size > 1000 for path in entries)  # whole again


# -- a photo's augmented version -----------------------------------------------------------------
def test_a_photos_augmented_version_depends_on_its_seed_not_on_its_batch():
    augmentation = build_augmentation(AugmentConfig(rotation=0.2, zoom=0.2, contrast=0.3), 0)
    images = np.random.default_rng(0).integers(0, 255, (6, 48, 48, 3)).astype(np.float32)
    digests = [f"{i:040x}" for i in range(6)]
    seeds = photo_seeds(42, digests, version=0)
    together = keras.ops.convert_to_numpy(augment_each(augmentation, images, seeds))
    alone = keras.ops.convert_to_numpy(augment_each(augmentation, images[2:3], seeds[2:3]))
    reversed_ = keras.ops.convert_to_numpy(
        augment_each(augmentation, images[::-1].copy(), seeds[::-1].copy()))[::-1]
    assert np.array_equal(alone[0], together[2])
    assert np.array_equal(reversed_, together)
    other = keras.ops.convert_to_numpy(
        augment_each(augmentation, images, photo_seeds(42, digests, version=1)))
    assert all(not np.allclose(other[i], together[i]) for i in range(6))
    assert all(not np.allclose(together[i], images[i]) for i in range(6))


# -- features for the Sort page -------------------------------------------------------------------
def test_photo_features_come_from_the_cache_the_second_time(tmp_path):
    root = make_dataset(tmp_path / "photos", per_class=3)
    paths = sorted(root.rglob("*.png")) + sorted(root.rglob("*.jpg"))
    bad = root / "alpaca" / "broken.jpg"
    bad.write_bytes(b"not a photo at all")
    # Two sessions (two networks) of the same random weights: the same cache entries.
    first = FeatureSession(96, None, random_seed=3).features([*paths, bad])
    second = FeatureSession(96, None, random_seed=3).features([*paths, bad])
    assert first.features.shape == (len(paths) + 1, 1280)
    assert first.computed == len(paths) and second.computed == 0
    assert np.array_equal(first.features[:-1], second.features[:-1])
    assert np.isfinite(first.features[:-1]).all() and np.isnan(first.features[-1]).all()
    assert list(first.skipped) == [bad] and "not a photo" in first.skipped[bad]


def test_photo_features_are_what_a_training_run_stored(warm, photo_cache):
    photos, cold_result = warm
    # The run's random weights are those of its seed: draw them the same way.
    session = FeatureSession(96, None, random_seed=cold_result.config.seed)
    paths = [cold_result.report.photos[i].path for i in cold_result.split.validation]
    paths = [Path(str(p).replace(str(p.parents[1]), str(photos))) for p in paths]
    features = session.features(paths)
    assert features.computed == 0
    # And the numbers the run scored on: computed again without the cache, the same.
    shutil.rmtree(photo_cache)
    again = FeatureSession(96, None, random_seed=cold_result.config.seed).features(paths)
    assert again.computed == len(paths) > 0
    scale = float(np.abs(features.features).max())
    assert np.allclose(features.features, again.features, rtol=1e-4, atol=1e-4 * scale)


def test_each_photo_gets_its_own_features_whatever_photos_share_its_pass(tmp_path, monkeypatch):
    # More photos than go through the frozen part at once (FROZEN_CHUNK): a photo's
    # features must be its own, in its own row, whichever photos it was computed with.
    monkeypatch.setenv("ALPACA_STUDIO_CACHE", "off")
    root = make_dataset(tmp_path / "photos", per_class=10)
    paths = sorted(root.rglob("*.png")) + sorted(root.rglob("*.jpg"))
    session = FeatureSession(96, None, random_seed=5)
    forward = session.features(paths)
    backward = session.features(paths[::-1])
    alone = session.features(paths[3:4])
    assert forward.computed == len(paths) == 20
    # Random weights make tiny features: compare them at their own scale.
    scale = float(np.abs(forward.features).max())
    assert scale > 0

    def same(a, b, tolerance=1e-4):
        return np.allclose(a, b, rtol=tolerance, atol=tolerance * scale)

    assert same(forward.features, backward.features[::-1])
    assert same(forward.features[3], alone.features[0])
    # Different photos, different features: the rows are not one photo repeated.
    assert not same(forward.features[0], forward.features[1], 1e-2)
