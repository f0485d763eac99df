"""The compiled pieces of a training run: MobileNetV2 cut in two, and one step per phase.

The run (`core.training`) decides what goes through them and when; this module
only builds them. Every function has a fixed signature (any batch size), so
each is traced once per run, not again for a last, smaller batch (a trace
costs a second or more on a laptop CPU). None is converted by AutoGraph: their
Python has no loop or branch on a tensor, and AutoGraph's conversion of every
Keras call it meets only adds to the tracing (first calls, bench_train.py --phases,
load 2-4: augmenting 1.16 -> 0.37 s, the frozen part 1.70 -> 1.29 s, a fine-tuning
step 2.27 -> 1.95 s; the same graphs, the same numbers).
Stored frozen-part outputs go in as the float16 they are kept in and are
widened inside the graph: the same float32 numbers, without a NumPy pass over
every batch (NumPy widens float16 at ~10 ns a number, 24 ms a fine-tuning batch).

XLA (``jit_compile=True``) was measured and is not used: on this 2-core CPU the
frozen part took 80 ms a photo with it against 9.8 ms without, a fine-tuning
step 0.94 s against 0.11 s, and each new batch size compiled for 2.7 s.
"""

from __future__ import annotations

import keras
import numpy as np
import tensorflow as tf

from core import distribute
from core.augment import augment_each
from core.model import base_of, split_base

# Photos per call of `features`: fewer than a training batch, so that the early layers'
# activations stay in the CPU's cache. Measured on this 2-core machine (MobileNetV2 at
# 160 px): 8 photos a call ~28 ms per photo, 32 photos ~45-55 ms, 64 photos ~60-75 ms.
FROZEN_CHUNK = 8


class TrainingSteps:
    """The classifier's parts and compiled functions for both phases.

    - `augment(images, seeds)`: an augmented version of each photo, drawn from its own
      seed (`core.augment.augment_each`), so it can be kept and reused by later runs.
    - `features(images)`: (output of the frozen part below `fine_tune_at`, pooled
      features of the whole base): what phase 1 trains on and phase 2 stores.
    - `head_step(pooled, targets)`: one Adam step of the new top on pooled features.
    - `unfreeze(rate)`, then `fine_step(stored, targets)`: one step of the top
      of the base plus the new top, on stored frozen-part outputs.
    - `val_logits(stored)`: logits of stored frozen-part outputs, current weights.

    Steps return ``(loss, logits)`` as tensors.
    """

    def __init__(self, model: keras.Model, image_size: int, fine_tune_at: int,
                 learning_rate: float, binary: bool) -> None:
        self.binary = binary
        base = base_of(model)
        self.bottom, self.top = split_base(base, fine_tune_at)
        self.stored_shapes = [tuple(t.shape[1:]) for t in self.bottom.outputs]
        self.feature_size = int(base.output.shape[-1])
        augmentation = model.get_layer("augmentation")
        preprocess = model.get_layer("preprocess")
        self.pool = pool = model.get_layer("pool")
        self.dropout = model.get_layer("dropout")
        self.logits = logits = model.get_layer("logits")
        bottom, top = self.bottom, self.top

        images = tf.TensorSpec((None, image_size, image_size, 3), tf.float32)
        seeds = tf.TensorSpec((None, 2), tf.int32)
        # `core.distribute`'s replicated steps take float32 (their own code, not widened here).
        self.stored_dtype = np.float32 if distribute.in_strategy() else np.float16
        self.stored_spec = [tf.TensorSpec((None, *s), tf.dtypes.as_dtype(self.stored_dtype))
                            for s in self.stored_shapes]

        @tf.function(input_signature=[images, seeds], autograph=False)
        def augment(x, photo_seeds):
            return augment_each(augmentation, x, photo_seeds)

        @tf.function(input_signature=[images], autograph=False)
        def features(x):
            x = bottom(preprocess(x), training=False)
            return x, pool(top(x, training=False))

        @tf.function(input_signature=[self.stored_spec], autograph=False)
        def val_logits(parts):
            return logits(pool(top(single(widened(parts)), training=False)))

        self.augment, self.features, self.val_logits = augment, features, val_logits
        if distribute.in_strategy():  # built in a strategy's scope: every local device helps
            self.augment, self.features, self.val_logits = (
                distribute.spread_over_devices(f) for f in (augment, features, val_logits))
        pooled = keras.Input(shape=(self.feature_size,), name="pooled")
        head = keras.Model(pooled, logits(self.dropout(pooled)), name="head")
        self.head_step = self._train_step(
            head, keras.optimizers.Adam(learning_rate),
            tf.TensorSpec((None, self.feature_size), tf.float32))
        self.fine_step = None

    def unfreeze(self, learning_rate: float) -> None:
        """Make the layers from `fine_tune_at` on trainable and build their step."""
        # Layer by layer: a sub-model cut from MobileNetV2 does not pass `trainable`
        # on to its layers. BatchNorm stays frozen, in inference mode, with its statistics.
        for layer in self.top.layers:
            layer.trainable = not isinstance(layer, keras.layers.BatchNormalization)
        inputs = [keras.Input(shape=s) for s in self.stored_shapes]
        x = self.pool(self.top(single(inputs), training=False))
        fine = keras.Model(inputs, self.logits(self.dropout(x)), name="fine_tune")
        # A new optimizer: the model is "recompiled" for the new set of trainable weights.
        self.fine_step = self._train_step(fine, keras.optimizers.Adam(learning_rate),
                                          self.stored_spec)

    def targets(self, labels: np.ndarray) -> tf.Tensor:
        """Class numbers as the loss wants them."""
        if self.binary:
            return tf.constant(labels.astype(np.float32).reshape(-1, 1))
        return tf.constant(labels.astype(np.int64))

    def _train_step(self, model: keras.Model, optimizer, input_spec):
        if self.binary:
            loss_fn = keras.losses.BinaryCrossentropy(from_logits=True)
            labels = tf.TensorSpec((None, 1), tf.float32)
        else:
            loss_fn = keras.losses.SparseCategoricalCrossentropy(from_logits=True)
            labels = tf.TensorSpec((None,), tf.int64)
        variables = model.trainable_variables
        optimizer.build(variables)
        if distribute.in_strategy():  # every replica takes its share of the global batch
            return distribute.replicated_train_step(model, optimizer, self.binary, input_spec,
                                                    labels)

        @tf.function(input_signature=[input_spec, labels], autograph=False)
        def step(inputs, targets):
            with tf.GradientTape() as tape:
                outputs = model(single(widened(inputs)), training=True)
                loss = loss_fn(targets, outputs)
            optimizer.apply_gradients(zip(tape.gradient(loss, variables), variables))
            return loss, outputs

        return step


def widened(parts):
    """Float16 stored outputs as float32 (exact: every float16 is a float32); others unchanged."""
    return tf.nest.map_structure(
        lambda t: tf.cast(t, tf.float32) if t.dtype == tf.float16 else t, parts)


def single(parts):
    """A one-tensor list as the tensor (how a one-input Keras model is called)."""
    return parts[0] if isinstance(parts, (list, tuple)) and len(parts) == 1 else parts


def as_list(value) -> list:
    return list(value) if isinstance(value, (list, tuple)) else [value]
