"""Data augmentation: the config the person sets, the Keras layers that train, and their preview.

The preview page and the trainer call the same `augment_batch` on layers built
by the same `build_augmentation`, so what the person sees is what trains.
"""

from __future__ import annotations

import threading
from collections import OrderedDict

import keras
import numpy as np

from core.augment_config import FILL_MODES, AugmentConfig

__all__ = ["FILL_MODES", "AugmentConfig", "augment_batch", "build_augmentation", "preview",
           "preview_reusing_layers"]

# Layers kept by `preview_reusing_layers`: enough for a slider moved back and forth.
PREVIEW_CACHE_SIZE = 16
_BUILD_SEED = 0
_preview_layers: OrderedDict[AugmentConfig, tuple[keras.Sequential, list]] = OrderedDict()
_preview_lock = threading.Lock()

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


def preview(image: np.ndarray, config: AugmentConfig, n: int = 9,
            seed: int = 0) -> list[np.ndarray]:
    """`n` augmented versions of one RGB image, as uint8 arrays; one seed, one set."""
    image = _checked_image(image, n)
    augmentation = build_augmentation(config, seed)
    out = augment_batch(augmentation, np.repeat(image[None], n, axis=0))
    return [np.clip(np.rint(version), 0, 255).astype(np.uint8) for version in out]


def preview_reusing_layers(image: np.ndarray, config: AugmentConfig, n: int = 9,
                           seed: int = 0) -> list[np.ndarray]:
    """Exactly the images `preview` gives, faster when called again with the same config.

    The layers of `build_augmentation` are built once per config (the last
    `PREVIEW_CACHE_SIZE` configs are kept) and their random generators are
    rewound to the state a fresh build with `seed` starts from, so every call is
    `augment_batch(build_augmentation(config, seed), ...)` without the build.
    Safe to call from any thread (calls run one at a time).
    """
    image = _checked_image(image, n)
    with _preview_lock:
        augmentation, generators = _cached_layers(config)
        for generator, start in generators:
            # A generator built with seed s starts at [s + offset, 0] (keras.random.SeedGenerator).
            generator.state.assign(start + np.array([seed - _BUILD_SEED, 0], dtype=start.dtype))
        out = augment_batch(augmentation, np.repeat(image[None], n, axis=0))
    return [np.clip(np.rint(version), 0, 255).astype(np.uint8) for version in out]


def _cached_layers(config: AugmentConfig) -> tuple[keras.Sequential, list]:
    cached = _preview_layers.get(config)
    if cached is not None:
        _preview_layers.move_to_end(config)
        return cached
    augmentation = build_augmentation(config, _BUILD_SEED)
    generators = [(value, np.array(value.state.numpy()))
                  for layer in augmentation.layers for value in vars(layer).values()
                  if isinstance(value, keras.random.SeedGenerator)]
    _preview_layers[config] = augmentation, generators
    while len(_preview_layers) > PREVIEW_CACHE_SIZE:
        _preview_layers.popitem(last=False)
    return augmentation, generators


def _checked_image(image, n: int) -> np.ndarray:
    if n < 1:
        raise ValueError(f"n must be at least 1. Received: n={n}")
    image = np.asarray(image)
    if image.ndim != 3 or image.shape[-1] != 3:
        raise ValueError(f"image must be an RGB array of shape (height, width, 3). "
                         f"Received: shape={image.shape}")
    return image


def augment_each(augmentation: keras.Sequential, images, seeds):
    """Augment each image with its own seed: an image's version depends on its seed alone.

    The same layers as `augment_batch` (each layer's own random draw and
    transform, so the Augment page shows what trains), but each image draws from
    its seed (``seeds``: one ``[seed, 0]`` int32 pair per image) instead of from
    the layer's generator, so the result does not depend on which photos share
    its batch, and a photo's augmented version can be computed once and kept.
    Works eagerly and inside a `tf.function`.
    """
    layers = [layer for layer in augmentation.layers if hasattr(layer, "transform_single_image")]
    if not layers:
        return keras.ops.convert_to_tensor(images, dtype="float32")

    def one(item):
        image, seed = item
        for number, layer in enumerate(layers):
            # Layer by layer its own stream, as build_augmentation's seed + offset does.
            offset = keras.ops.convert_to_tensor([0, 1000 * number], dtype=seed.dtype)
            transformation = layer.get_random_transformation(
                image, training=True, seed=_PhotoSeed(seed + offset))
            image = layer.transform_single_image(image, transformation, training=True)
        return image

    return keras.ops.map(one, (keras.ops.convert_to_tensor(images, dtype="float32"),
                               keras.ops.convert_to_tensor(seeds, dtype="int32")))


class _PhotoSeed(keras.random.SeedGenerator):
    """One image's seed where a layer expects a generator: each draw gets the next seed.

    Stateless (no variable, unlike a real generator), so images in one batch never
    share or advance each other's randomness. Keras takes any SeedGenerator as `seed`.
    """

    def __init__(self, seed) -> None:  # no super().__init__(): that would make a variable
        self._seed = seed
        self._draws = 0

    def next(self, ordered: bool = True):
        step = keras.ops.convert_to_tensor([0, self._draws], dtype=self._seed.dtype)
        self._draws += 1
        return self._seed + step
