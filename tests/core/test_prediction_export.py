"""Exported models answer like the model they came from, on the alpaca validation photos."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from core.dataset import check_dataset
from core.evaluation import class_probabilities
from core.images import load_array
from core.split import split_dataset

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def loaded(trained_run):
    from core.model_files import load_model

    return load_model(trained_run)


@pytest.fixture(scope="module")
def validation_photos(alpaca_dir: Path) -> list[Path]:
    """The validation photos of the reference split (80/20, seed 42): about sixty."""
    report = check_dataset(alpaca_dir)
    split = split_dataset(report.photos)
    return [report.photos[index].path for index in split.validation]


def test_keras_and_savedmodel_exports_answer_the_same(loaded, validation_photos, tmp_path):
    import tensorflow as tf

    from core.export import export_model
    from core.model_files import load_model
    from core.prediction import predict_arrays

    size = loaded.image_size
    images = np.stack([load_array(p, (size, size)) for p in validation_photos[:16]])
    expected = predict_arrays(loaded, images)

    keras_export = export_model(loaded, "keras", tmp_path / "classifier.keras")
    reloaded = load_model(keras_export.path)
    assert reloaded.class_names == loaded.class_names, "the metadata travels with the file"
    np.testing.assert_allclose(predict_arrays(reloaded, images), expected, atol=1e-5)

    saved = export_model(loaded, "savedmodel", tmp_path / "classifier")
    assert (saved.path / "labels.txt").read_text(encoding="utf-8").splitlines() == \
        list(loaded.class_names)
    restored = tf.saved_model.load(str(saved.path))  # kept: `serve` needs its variables
    served = restored.serve(tf.constant(images, tf.float32))
    np.testing.assert_allclose(class_probabilities(np.asarray(served)), expected, atol=1e-4)
