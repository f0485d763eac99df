"""The classifier: MobileNetV2 pretrained on ImageNet, with a new top for the person's classes."""

from __future__ import annotations

import os
from pathlib import Path

import keras

from core.augment import AugmentConfig, build_augmentation
from core.errors import WeightsError
from core.file_kinds import not_a_file_reason
from core.messages import QT_TRANSLATE_NOOP, say
from core.train_config import DEFAULT_DROPOUT, DEFAULT_IMAGE_SIZE, IMAGE_SIZES

BASE_NAME = "mobilenetv2"
WEIGHTS_ENV = "ALPACA_STUDIO_WEIGHTS"
_WEIGHTS_FILE = "mobilenet_v2_weights_tf_dim_ordering_tf_kernels_1.0_{size}_no_top.h5"


def build_classifier(
    num_classes: int,
    image_size: int = DEFAULT_IMAGE_SIZE,
    augmentation: AugmentConfig | None = None,
    weights: str | os.PathLike | None = "imagenet",
    dropout: float = DEFAULT_DROPOUT,
    seed: int | None = None,
) -> keras.Model:
    """Build the whole classifier, taking RGB photos with values 0–255.

    Layers: augmentation (active only in training) → rescaling to [-1, 1]
    (MobileNetV2's ``preprocess_input``) → MobileNetV2 without its top, called
    with ``training=False`` → global average pooling → dropout → one logit
    (two classes) or one logit per class, starting at zero → sigmoid/softmax
    probabilities.

    Args:
        num_classes: 2 or more.
        image_size: square input size in pixels, one of `IMAGE_SIZES`.
        augmentation: the augmentation config; default: `AugmentConfig()` (flip + rotation 0.05).
        weights: ``"imagenet"`` (Keras' cache, downloaded once), a path to a
            MobileNetV2 no-top ``.h5`` weights file, or None (random; tests only).
        dropout: dropout rate before the last layer.
        seed: seed for the augmentation layers.
    """
    if num_classes < 2:
        raise ValueError(f"num_classes must be at least 2. Received: num_classes={num_classes}")
    if image_size not in IMAGE_SIZES:
        raise ValueError(f"image_size must be one of {IMAGE_SIZES}. "
                         f"Received: image_size={image_size}")
    if not 0.0 <= dropout < 1.0:
        raise ValueError(f"dropout must be in [0, 1). Received: dropout={dropout}")
    augmentation = augmentation or AugmentConfig()
    base = load_base(image_size, weights)
    base.trainable = False

    inputs = keras.Input(shape=(image_size, image_size, 3), name="image")
    x = build_augmentation(augmentation, seed)(inputs)
    x = keras.layers.Rescaling(1.0 / 127.5, offset=-1.0, name="preprocess")(x)
    x = base(x, training=False)
    x = keras.layers.GlobalAveragePooling2D(name="pool")(x)
    x = keras.layers.Dropout(dropout, name="dropout")(x)
    # The new top starts at zero (every photo 50/50), not at random weights: with only
    # a few dozen steps of Adam at 1e-3, random starting weights are still most of what
    # the frozen phase ends with (alpaca set, seed 42: 0.73 after 5 frozen epochs from
    # random weights, 0.90 from zero; over six seeds 0.79 vs 0.88 on average).
    logits = keras.layers.Dense(1 if num_classes == 2 else num_classes,
                                kernel_initializer="zeros", name="logits")(x)
    activation = "sigmoid" if num_classes == 2 else "softmax"
    outputs = keras.layers.Activation(activation, name="probabilities")(logits)
    return keras.Model(inputs, outputs, name="alpaca_studio_classifier")


def load_base(image_size: int, weights: str | os.PathLike | None = "imagenet") -> keras.Model:
    """MobileNetV2 without its top; `WeightsError` (saying what to do) when weights are missing."""
    if weights is None or weights == "none":
        return keras.applications.MobileNetV2(
            input_shape=(image_size, image_size, 3), include_top=False, weights=None,
            name=BASE_NAME)
    if weights == "imagenet" and os.environ.get(WEIGHTS_ENV):
        weights = os.environ[WEIGHTS_ENV]
    if weights != "imagenet":
        path = Path(weights).expanduser()
        kind = not_a_file_reason(path)
        if kind:
            raise WeightsError(say(QT_TRANSLATE_NOOP(
                "core", "The weights file {path} is {kind}. Choose the MobileNetV2 ImageNet "
                "weights file (.h5)."), path=path, kind=kind))
        if not path.is_file():
            raise WeightsError(say(QT_TRANSLATE_NOOP(
                "core", "The weights file {path} does not exist. Choose the MobileNetV2 "
                "ImageNet weights file (.h5) again."), path=path))
        weights = str(path)
    try:
        return keras.applications.MobileNetV2(
            input_shape=(image_size, image_size, 3), include_top=False, weights=weights,
            name=BASE_NAME)
    except Exception as error:  # Keras raises bare Exception for download failures
        raise _weights_error(weights, image_size, error) from error


def inference_model(model: keras.Model) -> keras.Model:
    """The classifier without its augmentation layers, sharing its weights.

    Augmentation does nothing at inference, but its random ops stay in an
    exported graph, where TensorFlow Lite cannot run them. Models not built by
    `build_classifier` are returned as they are.
    """
    names = {layer.name for layer in model.layers}
    if not {"augmentation", "preprocess", BASE_NAME, "pool", "dropout", "logits",
            "probabilities"} <= names:
        return model
    inputs = keras.Input(shape=model.input_shape[1:], name="image")
    x = model.get_layer("preprocess")(inputs)
    x = model.get_layer(BASE_NAME)(x, training=False)
    for name in ("pool", "dropout", "logits", "probabilities"):
        x = model.get_layer(name)(x)
    return keras.Model(inputs, x, name=model.name)


def base_of(model: keras.Model) -> keras.Model:
    """The MobileNetV2 inside a classifier built by `build_classifier`."""
    return model.get_layer(BASE_NAME)


def weights_file_name(image_size: int) -> str:
    return _WEIGHTS_FILE.format(size=image_size)


def _weights_error(weights: str, image_size: int, error: Exception) -> WeightsError:
    name = weights_file_name(image_size)
    if weights == "imagenet":
        return WeightsError(say(QT_TRANSLATE_NOOP(
            "core", "Alpaca Studio could not get the ImageNet weights for MobileNetV2. They are "
            "downloaded once, the first time you train, and this computer could not reach the "
            "download (offline, or behind a proxy). Connect to the internet and try again, or "
            "get the file '{name}' (about 9 MB) on another computer and choose it as the "
            "weights file (command line: --weights FILE). Details: {detail}"),
            name=name, detail=error))
    return WeightsError(say(QT_TRANSLATE_NOOP(
        "core", "The file {weights} is not a MobileNetV2 ImageNet weights file Alpaca Studio can "
        "use. Choose '{name}' (MobileNetV2 1.0, without its top). Details: {detail}"),
        weights=weights, name=name, detail=error))


def split_base(base: keras.Model, cut: int) -> tuple[keras.Model, keras.Model]:
    """MobileNetV2 cut before layer `cut`: (the part below it, the part from it on).

    The lower part outputs every tensor it makes that the upper part uses
    (MobileNetV2's residual connections can cross the cut), and the upper part
    takes exactly those, so ``upper(lower(x))`` equals ``base(x)``. Once per base: the
    parts share its layers, and Keras cannot cut a base that was already cut.
    """
    crossing = _crossing_tensors(base, cut)
    return (keras.Model(base.input, crossing, name="frozen_part"),
            keras.Model(crossing, base.output, name="fine_tuned_part"))


def _crossing_tensors(base: keras.Model, cut: int) -> list:
    """The tensors made below layer `cut` and used at or above it."""
    if cut == 0:
        return [base.input]
    early = {id(layer) for layer in base.layers[:cut]}
    crossing: list = []
    for layer in base.layers[cut:]:
        for node in layer._inbound_nodes:
            for tensor in node.input_tensors:
                producer = tensor._keras_history.operation
                if id(producer) in early and all(tensor is not c for c in crossing):
                    crossing.append(tensor)
    return crossing
