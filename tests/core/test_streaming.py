"""Training reads its photos and stored activations a batch at a time: memory does not grow.

Tiny generated photos, random weights seeded by the run, 96 px. One cold run on
20 photos (`reference`) is the yardstick of the tests that read its cache back.
"""

from __future__ import annotations

import shutil
import tracemalloc
from dataclasses import replace

import numpy as np
import pytest

import core.frozen_cache
import core.training
from core.dataset import check_dataset
from core.errors import DatasetError
from core.photo_cache import CACHE_ENV
from core.streaming import prefetched
from core.train_config import TrainConfig
from core.training import train_classifier
from tests.core.tiny_runs import make_dataset

CONFIG = TrainConfig(frozen_epochs=2, fine_tune_epochs=1, image_size=96, weights=None)


@pytest.fixture(scope="module")
def reference(tmp_path_factory):
    """(photos, its photo cache, result) of one cold run, trained once for this module."""
    folder = tmp_path_factory.mktemp("reference")
    cache = folder / "photo-cache"
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv(CACHE_ENV, str(cache))
        root = make_dataset(folder / "photos", per_class=10)
        return root, cache, train_classifier(root, CONFIG)


def _same_run(a, b) -> None:
    assert [r.__dict__ | {"seconds": 0} for r in a.history] == [
        r.__dict__ | {"seconds": 0} for r in b.history]
    assert [p.probabilities for p in a.evaluation.predictions] == [
        p.probabilities for p in b.evaluation.predictions]


def _numpy_peak(root, config: TrainConfig) -> int:
    """Peak bytes of NumPy (and Python) memory while a run trains on `root`."""
    tracemalloc.start()
    try:
        train_classifier(root, config)
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def test_four_times_the_photos_need_no_more_memory(tmp_path, monkeypatch):
    # No budget: every stored activation is read back from the disk cache. Each photo
    # held at once would cost 27 kB of pixels (96 px) plus its activations.
    monkeypatch.setattr(core.training, "CACHE_BUDGET_BYTES", 0)
    # The writes waiting for the disk are a fixed number too: fewer than either run's photos.
    monkeypatch.setattr(core.frozen_cache, "_MAX_PENDING_WRITES", 4)
    config = replace(CONFIG, batch_size=8)  # full batches in both runs
    few = make_dataset(tmp_path / "few", per_class=20)
    many = make_dataset(tmp_path / "many", per_class=80)
    # Once each first: graphs traced and the process's one-time tables grown, not photos.
    train_classifier(few, config)
    train_classifier(many, config)
    small, large = _numpy_peak(few, config), _numpy_peak(many, config)
    # 120 more photos held at once would be > 5 MB (pixels, activations, pooled features):
    # the stacking engine grew 7.1 MB here. The streaming one grows 1.2-2.7 MB (7 runs), and
    # that is not the photos: their bookkeeping is 1.1 kB each (0.13 MB for 120, tracemalloc
    # by traceback), the rest is timing. Python's table of interned names grows 3.8 MB at a
    # time, and Keras' temporaries from putting the best weights back (up to 9 MB) are freed
    # whenever the garbage collector's count says. So 1.5 MB was flaky; 4 MB is not.
    assert large - small < 4_000_000, (small, large)


def test_a_run_beyond_its_memory_budget_gives_the_same_result(reference, photo_cache,
                                                              monkeypatch):
    root, cache, in_memory = reference
    shutil.copytree(cache, photo_cache)  # what the cold run left, kept for the others
    monkeypatch.setattr(core.training, "CACHE_BUDGET_BYTES", 0)
    from_disk = train_classifier(root, CONFIG)
    assert from_disk.frozen_passes == 0  # read back, not recomputed
    _same_run(from_disk, in_memory)


def test_torn_pixels_in_the_cache_are_never_used(reference, photo_cache):
    root, cache, cold = reference
    shutil.copytree(cache / "v1" / "pixels", photo_cache / "v1" / "pixels")  # no outputs
    report = check_dataset(root, image_size=96, keep_images=False)
    assert report.images is None
    pixels = sorted((photo_cache / "v1" / "pixels").rglob("*.npy"))
    assert len(pixels) == len(report.photos)
    for path in pixels:
        path.write_bytes(path.read_bytes()[:200])  # a crash in the middle of a write
    again = train_classifier(report, CONFIG)
    _same_run(again, cold)
    assert all(path.stat().st_size > 96 * 96 * 3 for path in pixels)  # decoded, whole again


def test_a_photo_changed_during_training_is_named_and_never_cached_as_the_old_one(
        tmp_path, photo_cache):
    root = make_dataset(tmp_path / "photos", per_class=10)
    report = check_dataset(root, image_size=96, keep_images=False)
    shutil.rmtree(photo_cache / "v1" / "pixels")  # trimmed by another run, say
    changed = next(p.path for p in report.photos if p.path.suffix == ".png")
    changed.write_bytes((root / "not alpaca" / "not alpaca-001.png").read_bytes())
    with pytest.raises(DatasetError, match="changed while the model was training") as error:
        train_classifier(report, CONFIG)
    assert str(changed) in str(error.value)


def test_reading_ahead_keeps_the_order_and_the_readers_own_error():
    def load(number: int):
        if number == 3:
            raise DatasetError("photo 3 can no longer be read")
        return (np.full((2,), number, np.int64),)

    seen = []
    with pytest.raises(DatasetError, match="photo 3"):
        for (values,) in prefetched(range(6), load):
            seen.append(int(values[0]))
    assert seen == [0, 1, 2]
