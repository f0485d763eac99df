"""The plain Keras transfer-learning recipe, written as the tutorial does.

This is the yardstick every Alpaca Studio figure is compared with: no caching,
no error handling, `image_dataset_from_directory` + `model.fit`. Run it as a
separate process so that its wall time includes interpreter start and the
TensorFlow import, like ``alpaca-studio train``::

    python benchmarks/plain_recipe.py DATA_DIR [--frozen-epochs 5] [--fine-tune-epochs 5]

It prints one JSON line with ``val_accuracy``, ``val_accuracy_frozen`` and
``total_seconds`` (process start to the end of fine-tuning, measured as
``alpaca-studio train`` measures its own).
"""

from __future__ import annotations

import time

_START = time.perf_counter()

import argparse  # noqa: E402
import json  # noqa: E402
import os  # noqa: E402

os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "2")

import tensorflow as tf  # noqa: E402

BATCH_SIZE = 32
IMG_SIZE = (160, 160)
BASE_LEARNING_RATE = 0.001
FINE_TUNE_AT = 120


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("directory")
    parser.add_argument("--frozen-epochs", type=int, default=5)
    parser.add_argument("--fine-tune-epochs", type=int, default=5)
    args = parser.parse_args()

    train_dataset = tf.keras.utils.image_dataset_from_directory(
        args.directory, shuffle=True, batch_size=BATCH_SIZE, image_size=IMG_SIZE,
        validation_split=0.2, subset="training", seed=42)
    validation_dataset = tf.keras.utils.image_dataset_from_directory(
        args.directory, shuffle=True, batch_size=BATCH_SIZE, image_size=IMG_SIZE,
        validation_split=0.2, subset="validation", seed=42)
    autotune = tf.data.AUTOTUNE
    train_dataset = train_dataset.prefetch(buffer_size=autotune)
    validation_dataset = validation_dataset.prefetch(buffer_size=autotune)

    data_augmentation = tf.keras.Sequential([
        tf.keras.layers.RandomFlip("horizontal"),
        tf.keras.layers.RandomRotation(0.2),
    ])
    preprocess_input = tf.keras.applications.mobilenet_v2.preprocess_input

    base_model = tf.keras.applications.MobileNetV2(
        input_shape=IMG_SIZE + (3,), include_top=False, weights="imagenet")
    base_model.trainable = False

    inputs = tf.keras.Input(shape=IMG_SIZE + (3,))
    x = data_augmentation(inputs)
    x = preprocess_input(x)
    x = base_model(x, training=False)
    x = tf.keras.layers.GlobalAveragePooling2D()(x)
    x = tf.keras.layers.Dropout(0.2)(x)
    outputs = tf.keras.layers.Dense(1)(x)
    model = tf.keras.Model(inputs, outputs)

    model.compile(
        optimizer=tf.keras.optimizers.Adam(learning_rate=BASE_LEARNING_RATE),
        loss=tf.keras.losses.BinaryCrossentropy(from_logits=True),
        metrics=[tf.keras.metrics.BinaryAccuracy(threshold=0.0, name="accuracy")])
    t_frozen = time.perf_counter()
    history = model.fit(train_dataset, epochs=args.frozen_epochs,
                        validation_data=validation_dataset, verbose=2)
    seconds_frozen = time.perf_counter() - t_frozen

    base_model.trainable = True
    for layer in base_model.layers[:FINE_TUNE_AT]:
        layer.trainable = False
    model.compile(
        optimizer=tf.keras.optimizers.RMSprop(learning_rate=BASE_LEARNING_RATE / 10),
        loss=tf.keras.losses.BinaryCrossentropy(from_logits=True),
        metrics=[tf.keras.metrics.BinaryAccuracy(threshold=0.0, name="accuracy")])
    t_fine = time.perf_counter()
    total_epochs = args.frozen_epochs + args.fine_tune_epochs
    history_fine = model.fit(train_dataset, epochs=total_epochs,
                             initial_epoch=len(history.epoch),
                             validation_data=validation_dataset, verbose=2)
    seconds_fine_tune = time.perf_counter() - t_fine

    print(json.dumps({
        "val_accuracy": float(history_fine.history["val_accuracy"][-1]),
        "val_accuracy_frozen": float(history.history["val_accuracy"][-1]),
        "seconds_frozen": round(seconds_frozen, 2),
        "seconds_fine_tune": round(seconds_fine_tune, 2),
        "total_seconds": round(_process_seconds(), 2),
    }))


def _process_seconds() -> float:
    """Seconds since this process started (Linux /proc; elsewhere since this script began)."""
    try:
        with open("/proc/self/stat", encoding="ascii") as stat:
            start_ticks = int(stat.read().rsplit(")", 1)[1].split()[19])
        with open("/proc/uptime", encoding="ascii") as uptime:
            return float(uptime.read().split()[0]) - start_ticks / os.sysconf("SC_CLK_TCK")
    except (OSError, ValueError, IndexError):
        return time.perf_counter() - _START


if __name__ == "__main__":
    main()
