"""Data augmentation: the config the person sets, the Keras layers that train, and their preview.

The preview page and the trainer call the same `augment_batch` on layers built
by the same `build_augmentation`, so what the person sees is what trains.
"""

from __future__ import annotations

import keras
import numpy as np

from core.augment_config import FILL_MODES, AugmentConfig

__all__ = ["FILL_MODES", "AugmentConfig", "augment_batch", "build_augmentation", "preview"]

def build_augmentation(config: AugmentConfig, seed: int | None = None) -> keras.Sequential:
    """The Keras preprocessing layers for `config`, active only when called with training=True."""
    def layer_seed(offset: int) -> int | None:
        return None if seed is None else seed + offset

    layers: list[keras.layers.Layer] = []
    flip = {(True, False): "horizontal", (False, True): "vertical",
            (True, True): "horizontal_and_vertical"}.get(
                (config.horizontal_flip, config.vertical_flip))
    if flip:
        layers.append(keras.layers.RandomFlip(flip, seed=layer_seed(1), name="flip"))
    if config.rotation:
        layers.append(keras.layers.RandomRotation(
            config.rotation, fill_mode=config.fill_mode, seed=layer_seed(2), name="rotation"))
    if config.zoom:
        layers.append(keras.layers.RandomZoom(
            config.zoom, fill_mode=config.fill_mode, seed=layer_seed(3), name="zoom"))
    if config.translation:
        layers.append(keras.layers.RandomTranslation(
            config.translation, config.translation, fill_mode=config.fill_mode,
            seed=layer_seed(4), name="translation"))
    if config.contrast:
        layers.append(keras.layers.RandomContrast(
            config.contrast, value_range=(0, 255), seed=layer_seed(5), name="contrast"))
    if config.brightness:
        layers.append(keras.layers.RandomBrightness(
            config.brightness, value_range=(0, 255), seed=layer_seed(6), name="brightness"))
    if not layers:
        layers.append(keras.layers.Identity(name="no_augmentation"))
    return keras.Sequential(layers, name="augmentation")


def augment_batch(augmentation: keras.Sequential, images) -> np.ndarray:
    """Apply the augmentation layers, as in training, to a batch of RGB 0–255 images."""
    batch = keras.ops.convert_to_tensor(np.asarray(images, dtype=np.float32))
    return keras.ops.convert_to_numpy(augmentation(batch, training=True))


def preview(image: np.ndarray, config: AugmentConfig, n: int = 9, seed: int = 0) -> list[np.ndarray]:
    """`n` augmented versions of one RGB image, as uint8 arrays; the same seed gives the same set."""
    if n < 1:
        raise ValueError(f"n must be at least 1. Received: n={n}")
    image = np.asarray(image)
    if image.ndim != 3 or image.shape[-1] != 3:
        raise ValueError(f"image must be an RGB array of shape (height, width, 3). "
                         f"Received: shape={image.shape}")
    augmentation = build_augmentation(config, seed)
    out = augment_batch(augmentation, np.repeat(image[None], n, axis=0))
    return [np.clip(np.rint(version), 0, 255).astype(np.uint8) for version in out]
