"""The augmentation preview shows exactly what trains: same layers, same seeds, same pixels."""

from __future__ import annotations

import numpy as np
import pytest

from core.augment import (
    AugmentConfig,
    augment_batch,
    build_augmentation,
    preview,
    preview_reusing_layers,
)

SIZE = 96
EVERYTHING = AugmentConfig(horizontal_flip=True, vertical_flip=True, rotation=0.1, zoom=0.2,
                           translation=0.1, contrast=0.3, brightness=0.2, fill_mode="nearest")


@pytest.fixture(scope="module")
def photo() -> np.ndarray:
    """An asymmetric picture: a gradient with a bright block near one corner."""
    rng = np.random.default_rng(7)
    image = np.zeros((SIZE, SIZE, 3), np.uint8)
    image[..., 0] = np.linspace(0, 255, SIZE, dtype=np.uint8)[None, :]
    image[..., 1] = np.linspace(40, 200, SIZE, dtype=np.uint8)[:, None]
    image[10:30, 60:85] = (250, 250, 30)
    image[..., 2] = rng.integers(0, 255, (SIZE, SIZE), dtype=np.uint8)
    return image


def test_same_seed_same_versions_other_seed_other_versions(photo):
    first = preview_reusing_layers(photo, AugmentConfig(), 9, seed=3)
    again = preview_reusing_layers(photo, AugmentConfig(), 9, seed=3)
    other = preview_reusing_layers(photo, AugmentConfig(), 9, seed=4)
    assert all(np.array_equal(a, b) for a, b in zip(first, again))
    assert not all(np.array_equal(a, b) for a, b in zip(first, other))
    # Nine versions of one photo differ among themselves too.
    assert len({version.tobytes() for version in first}) == 9


@pytest.mark.parametrize("config", [AugmentConfig(), EVERYTHING,
                                    AugmentConfig(horizontal_flip=False, rotation=0.0)])
def test_reused_layers_give_the_pixels_of_a_fresh_build(photo, config):
    for seed in (0, 11, 12345, 0):  # back to 0: rewinding works after other seeds
        expected = preview(photo, config, 9, seed)
        got = preview_reusing_layers(photo, config, 9, seed)
        assert all(np.array_equal(a, b) for a, b in zip(expected, got)), seed


def test_preview_is_the_training_code_path(photo):
    """`preview` = `augment_batch(build_augmentation(config, seed), batch)`, rounded to uint8."""
    batch = np.repeat(photo[None], 9, axis=0)
    trained_on = augment_batch(build_augmentation(EVERYTHING, 5), batch)
    shown = preview_reusing_layers(photo, EVERYTHING, 9, seed=5)
    expected = np.clip(np.rint(trained_on), 0, 255).astype(np.uint8)
    assert np.array_equal(np.stack(shown), expected)


def test_the_classifiers_augmentation_layer_sees_what_the_preview_shows(photo):
    """The model that trains (its "augmentation" layer, called in a tf.function as the
    trainer does) turns the photo into the images the preview shows for that seed."""
    import tensorflow as tf

    from core.model import build_classifier

    model = build_classifier(2, SIZE, EVERYTHING, weights=None, seed=21)
    layer = model.get_layer("augmentation")
    batch = tf.constant(np.repeat(photo[None], 9, axis=0), tf.float32)
    trained_on = tf.function(lambda x: layer(x, training=True))(batch).numpy()
    shown = np.stack(preview_reusing_layers(photo, EVERYTHING, 9, seed=21))
    assert np.array_equal(np.clip(np.rint(trained_on), 0, 255).astype(np.uint8), shown)


def test_flip_only_gives_the_photo_or_its_mirror(photo):
    config = AugmentConfig(horizontal_flip=True, rotation=0.0)
    versions = preview_reusing_layers(photo, config, 9, seed=1)
    kinds = []
    for version in versions:
        if np.array_equal(version, photo):
            kinds.append("original")
        else:
            assert np.array_equal(version, photo[:, ::-1]), "neither the photo nor its mirror"
            kinds.append("mirror")
    assert set(kinds) == {"original", "mirror"}


def test_identity_config_changes_nothing(photo):
    config = AugmentConfig(horizontal_flip=False, rotation=0.0)
    assert all(np.array_equal(v, photo) for v in preview_reusing_layers(photo, config, 3))


def test_bad_arguments_are_named(photo):
    with pytest.raises(ValueError, match="n must be at least 1"):
        preview_reusing_layers(photo, AugmentConfig(), 0)
    with pytest.raises(ValueError, match="shape="):
        preview_reusing_layers(photo[..., 0], AugmentConfig())
