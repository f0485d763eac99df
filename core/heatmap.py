"""What the model looked at: Grad-CAM heatmaps for a classifier built by `core.model`.

A heatmap says, for one class, how much each part of a photo weighed for it:
1 where it weighed most, 0 where it did not count (or spoke against it). It is
computed on exactly what prediction sees (the photo stretched to the model's
size, `core.images.load_array`; the model's own preprocessing; no augmentation),
then stretched back to the photo's size.

Keras 3 nests MobileNetV2 inside the classifier, and a graph from the
classifier's input to a layer inside the base cannot be built ("Graph
disconnected"). So the base is run on its own inside a `tf.GradientTape`, with
the layers around it (preprocessing before; pooling and the last layer after)
applied by hand.
"""

from __future__ import annotations

import hashlib
import threading
import weakref
from collections import OrderedDict
from dataclasses import dataclass
from pathlib import Path

import keras
import numpy as np
import tensorflow as tf
from PIL import Image

from core.errors import CoreError, ImageError
from core.evaluation import class_probabilities
from core.images import file_digest, load_array
from core.messages import QT_TRANSLATE_NOOP, say
from core.model import BASE_NAME
from core.model_files import LoadedModel

# method → (layers of MobileNetV2 whose activations are weighed, weighting).
# "fused" multiplies the maps of its layers: the last block says *what*, the
# earlier (twice as fine) block says *where*. Grad-CAM++'s closed form assumes the
# score is linear in the activations, true of the last block only (pooling and one
# dense layer follow), so "++" weighs the last block alone.
# Pointing game (benchmarks/bench_heatmap.py, 36 photos): gradcam++ 36, gradcam 19,
# block13 25, block12 27, fused 20: Grad-CAM++ is the default.
METHODS: dict[str, tuple[tuple[str, ...], str]] = {
    "gradcam": (("out_relu",), "gradcam"),
    "gradcam++": (("out_relu",), "gradcam++"),
    "gradcam-block13": (("block_13_expand_relu",), "gradcam"),
    "gradcam-block12": (("block_12_add",), "gradcam"),
    "fused": (("out_relu", "block_13_expand_relu"), "gradcam"),
}
DEFAULT_METHOD = "gradcam++"
CACHE_SIZE = 128  # maps per model; each is a few hundred floats (the model's grid)
_HEAD = ("preprocess", BASE_NAME, "pool", "logits", "probabilities")


class HeatmapError(CoreError):
    """The model cannot give heatmaps (it was not made by Alpaca Studio)."""


@dataclass(frozen=True)
class Heatmap:
    """A heatmap and what it is of."""

    map: np.ndarray  # (height, width) float32 in [0, 1], the photo's size
    class_index: int  # the class the evidence is for
    probabilities: tuple[float, ...]  # the model's answer for the photo, one per class


def heatmap(loaded: LoadedModel, image: np.ndarray | str | Path,
            class_index: int | None = None, *, threshold: float | None = None,
            method: str = DEFAULT_METHOD) -> np.ndarray:
    """The evidence for a class over a photo: a ``(height, width)`` float32 array in [0, 1].

    Args:
        loaded: a model from `core.model_files.load_model`.
        image: a photo's path (the map gets the photo's size after EXIF rotation)
            or an RGB array ``(height, width, 3)`` with values 0–255 (the map gets its size).
        class_index: the class to look for; default: the class the model answers
            (two classes: at `threshold`, by default the model's own).
        threshold: for two classes, the probability of the second at which it wins.
        method: one of `METHODS`.

    Raises:
        ImageError: the photo cannot be read (naming the file and why).
        HeatmapError: the model was not built by Alpaca Studio.
    """
    return explain(loaded, image, class_index, threshold=threshold, method=method).map


def explain(loaded: LoadedModel, image: np.ndarray | str | Path,
            class_index: int | None = None, *, threshold: float | None = None,
            method: str = DEFAULT_METHOD) -> Heatmap:
    """`heatmap`, with the class it is for and the model's probabilities for the photo."""
    grid, chosen, probabilities, size = _explained(loaded, image, class_index, threshold, method)
    return Heatmap(_to_size(grid, size), chosen, probabilities)


def explain_within(loaded: LoadedModel, image: np.ndarray | str | Path, max_side: int,
                   class_index: int | None = None, *, threshold: float | None = None,
                   method: str = DEFAULT_METHOD) -> Heatmap:
    """`explain`, with the map no larger than `max_side` on its longer side (the photo's shape).

    For showing a heatmap over a photo on screen: the map is smooth (the model's
    grid is 5 × 5 at 160 px), so a small one stretched by the screen looks the
    same, and a 12-megapixel photo costs no 12-megapixel map.
    """
    if max_side < 1:
        raise ValueError(f"max_side must be at least 1. Received: max_side={max_side}")
    grid, chosen, probabilities, (width, height) = _explained(loaded, image, class_index,
                                                              threshold, method)
    scale = min(1.0, max_side / max(width, height, 1))
    size = (max(1, round(width * scale)), max(1, round(height * scale)))
    return Heatmap(_to_size(grid, size), chosen, probabilities)


def _explained(loaded: LoadedModel, image: np.ndarray | str | Path, class_index: int | None,
               threshold: float | None, method: str):
    """The model's grid for the class, the class, the probabilities and the photo's size."""
    if method not in METHODS:
        raise ValueError(f"method must be one of {tuple(METHODS)}. Received: method={method!r}")
    classes = len(loaded.class_names)
    if class_index is not None and not 0 <= class_index < classes:
        raise ValueError(f"class_index must be from 0 to {classes - 1}. "
                         f"Received: class_index={class_index}")
    explainer = _explainer_for(loaded.model, method)
    threshold = float(loaded.metadata.threshold if threshold is None else threshold)
    if isinstance(image, (str, Path)):
        digest, pixels, size = file_digest(image), None, None
    else:
        pixels = np.asarray(image)
        if pixels.ndim != 3 or pixels.shape[2] != 3:
            raise ValueError(f"image must be an RGB array (height, width, 3). "
                             f"Received: shape={pixels.shape}")
        digest = hashlib.sha1(pixels.tobytes() + repr(pixels.shape).encode()).hexdigest()
        size = (pixels.shape[1], pixels.shape[0])
    key = (digest, -1 if class_index is None else class_index, threshold)
    cached = explainer.cached(key)
    if cached is None:
        side = loaded.image_size
        if pixels is None:
            path = Path(image)
            pixels = load_array(path, (side, side))  # exactly what prediction reads
            size = _upright_size(path)
            model_input = pixels
        else:
            model_input = _stretched(pixels, side)
        cached = explainer.compute(model_input, class_index, threshold) + (size,)
        explainer.store(key, cached)
    return cached


def warm_up(loaded: LoadedModel, method: str = DEFAULT_METHOD) -> None:
    """Build the model's gradient step now (seconds), so the first heatmap asked is quick.

    Call it off the GUI thread once a model is loaded; heatmaps work without it.
    """
    if method not in METHODS:
        raise ValueError(f"method must be one of {tuple(METHODS)}. Received: method={method!r}")
    side = loaded.image_size
    _explainer_for(loaded.model, method).compute(
        np.zeros((side, side, 3), np.uint8), None, float(loaded.metadata.threshold))


def clear_cache() -> None:
    """Forget every computed heatmap (the compiled models stay)."""
    with _LOCK:
        for explainers in _EXPLAINERS.values():
            for explainer in explainers.values():
                explainer.clear()


# -- the computation --------------------------------------------------------------------------
_LOCK = threading.Lock()
# keras model → method → explainer; an entry goes when its model goes.
_EXPLAINERS: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


def _explainer_for(model: keras.Model, method: str) -> _Explainer:
    with _LOCK:
        by_method = _EXPLAINERS.setdefault(model, {})
        if method not in by_method:
            by_method[method] = _Explainer(model, method)
        return by_method[method]


class _Explainer:
    """One model's compiled gradient step for one method, with its cache of maps."""

    def __init__(self, model: keras.Model, method: str) -> None:
        names = {layer.name for layer in model.layers}
        missing = [name for name in _HEAD if name not in names]
        if missing:
            raise HeatmapError(say(QT_TRANSLATE_NOOP(
                "core", "Heatmaps need a model trained in Alpaca Studio; this model lacks its "
                "MobileNetV2 parts ({parts})."), parts=", ".join(missing)))
        layer_names, self.weighting = METHODS[method]
        base = model.get_layer(BASE_NAME)
        self.preprocess = model.get_layer("preprocess")
        self.pool = model.get_layer("pool")
        self.logits = model.get_layer("logits")
        self.activation = model.get_layer("probabilities")
        # Inside the base only: its own input to its own layers, no nesting crossed.
        self.features = keras.Model(
            base.input, [*(base.get_layer(name).output for name in layer_names), base.output])
        self.binary = model.output_shape[-1] == 1
        self._cache: OrderedDict = OrderedDict()
        self._lock = threading.Lock()
        self._step = tf.function(self._maps, reduce_retracing=True)

    def compute(self, pixels: np.ndarray, class_index: int | None,
                threshold: float) -> tuple[np.ndarray, int, tuple[float, ...]]:
        grid, chosen, outputs = self._step(
            tf.constant(pixels[np.newaxis], tf.float32),
            tf.constant(-1 if class_index is None else class_index, tf.int32),
            tf.constant(threshold, tf.float32))
        probabilities = class_probabilities(outputs.numpy())[0]
        return grid.numpy(), int(chosen.numpy()), tuple(float(v) for v in probabilities)

    def _maps(self, image, class_index, threshold):
        with tf.GradientTape() as tape:
            # The classifier's own layers in its own order, augmentation and dropout left
            # out (both do nothing at inference): what `predict_arrays` computes.
            x = self.preprocess(image)
            *activations, last = self.features(x, training=False)
            logits = self.logits(self.pool(last))
            outputs = self.activation(logits)
            if self.binary:
                answered = tf.cast(outputs[0, 0] >= threshold, tf.int32)
                chosen = tf.where(class_index < 0, answered, class_index)
                # One logit: the evidence for the first class is the evidence against the second.
                score = tf.where(chosen == 1, logits[0, 0], -logits[0, 0])
            else:
                answered = tf.cast(tf.argmax(outputs[0]), tf.int32)
                chosen = tf.where(class_index < 0, answered, class_index)
                score = tf.gather(logits[0], chosen)
        gradients = tape.gradient(score, activations)
        maps = [self._weigh(a[0], g[0]) for a, g in zip(activations, gradients)]
        grid = maps[0]
        size = tf.shape(maps[-1])[:2]
        for extra in maps[1:]:
            # Finer maps are multiplied in at their own resolution: each pixel keeps
            # only the evidence both blocks agree on.
            grid = tf.image.resize(grid[..., None], size, method="bilinear")[..., 0] * extra
        return grid, chosen, outputs

    def _weigh(self, activations, gradients):
        if self.weighting == "gradcam++":
            # Grad-CAM++ (Chattopadhay et al. 2018), closed form for an exponential score.
            squared = gradients ** 2
            denominator = 2.0 * squared + tf.reduce_sum(activations, axis=(0, 1)) \
                * gradients ** 3
            alpha = squared / tf.where(denominator != 0.0, denominator, 1.0)
            weights = tf.reduce_sum(alpha * tf.nn.relu(gradients), axis=(0, 1))
        else:
            weights = tf.reduce_mean(gradients, axis=(0, 1))
        return tf.nn.relu(tf.reduce_sum(activations * weights, axis=-1))

    def cached(self, key):
        with self._lock:
            if key in self._cache:
                self._cache.move_to_end(key)
                return self._cache[key]
            return None

    def store(self, key, value) -> None:
        with self._lock:
            self._cache[key] = value
            self._cache.move_to_end(key)
            while len(self._cache) > CACHE_SIZE:
                self._cache.popitem(last=False)

    def clear(self) -> None:
        with self._lock:
            self._cache.clear()


def _to_size(grid: np.ndarray, size: tuple[int, int]) -> np.ndarray:
    """The grid stretched to ``(width, height)`` (as the photo was squeezed), scaled to [0, 1]."""
    stretched = np.asarray(Image.fromarray(np.asarray(grid, np.float32), "F")
                           .resize(size, Image.Resampling.BILINEAR), dtype=np.float32)
    peak = float(stretched.max()) if stretched.size else 0.0
    if not peak > 0.0:  # nothing in the photo speaks for the class
        return np.zeros((size[1], size[0]), np.float32)
    return np.clip(stretched / peak, 0.0, 1.0)


def _stretched(pixels: np.ndarray, side: int) -> np.ndarray:
    """An RGB array resized as `core.images` resizes a photo for the model."""
    if pixels.shape[:2] == (side, side):
        return pixels
    image = Image.fromarray(np.clip(pixels, 0, 255).astype(np.uint8), "RGB")
    return np.asarray(image.resize((side, side), Image.Resampling.BILINEAR, reducing_gap=2.0))


def _upright_size(path: Path) -> tuple[int, int]:
    """``(width, height)`` of the photo once turned by its EXIF orientation, from its header."""
    try:
        with Image.open(path) as image:
            width, height = image.size
            orientation = image.getexif().get(0x0112, 1)
    except Exception as error:  # load_array has just read it; a failure here is rare
        raise ImageError(path, say(QT_TRANSLATE_NOOP("core", "the file is damaged ({detail})"),
                                   detail=error)) from error
    # Orientations 5–8 turn the photo by a quarter: width and height swap.
    return (height, width) if orientation in (5, 6, 7, 8) else (width, height)

