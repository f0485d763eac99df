"""Training: the new top on a frozen MobileNetV2, then fine-tuning its last layers.

The plain Keras recipe runs every photo through all of MobileNetV2 in every
epoch of both phases. Here the frozen lower part (layers below
``fine_tune_at``) runs once per photo per *augmented version*
(``TrainConfig.augmented_versions``, 3 by default), and the epochs of both
phases cycle through those versions: phase 1 stores what the frozen part made
of each, phase 2 trains the unfrozen top on the stored activations. Validation
photos are not augmented, so their frozen part runs once per run. Photos are
decoded once per run (by the dataset check).
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path

import keras
import numpy as np
import tensorflow as tf

from core.dataset import DatasetReport, check_dataset
from core.errors import DatasetError, TrainingCancelled
from core.evaluation import Evaluation, class_probabilities, evaluate_predictions
from core.images import load_array
from core.model import base_of, build_classifier
from core.split import Split, split_dataset
from core.train_config import TrainConfig
from core.train_progress import (  # noqa: F401  (re-exported: the engine's events)
    PHASE_CHECKING,
    PHASE_DONE,
    PHASE_EVALUATING,
    PHASE_FINE_TUNE,
    PHASE_FROZEN,
    PHASE_PREPARING,
    PHASE_TITLES,
    TrainProgress,
)

# Stored activations of the frozen part are kept in float16 up to this size;
# augmented versions beyond it are recomputed in phase 2, as the plain recipe does.
CACHE_BUDGET_BYTES = 1_200_000_000
# Relative cost of a fine-tuning step on stored activations vs. a frozen-part pass.
_FINE_TUNE_COST = 0.6


@dataclass(frozen=True)
class EpochRecord:
    phase: str
    epoch: int
    loss: float
    accuracy: float
    val_loss: float
    val_accuracy: float
    seconds: float


@dataclass(frozen=True)
class TrainResult:
    model: keras.Model = field(repr=False, compare=False)
    config: TrainConfig
    class_names: tuple[str, ...]
    report: DatasetReport = field(repr=False)
    split: Split = field(repr=False)
    history: tuple[EpochRecord, ...]
    evaluation: Evaluation
    best_epoch: int
    val_accuracy_frozen: float | None
    seconds_frozen: float
    seconds_fine_tune: float
    total_seconds: float

    @property
    def val_accuracy(self) -> float:
        return self.evaluation.accuracy


def train_classifier(
    data: str | Path | DatasetReport,
    config: TrainConfig | None = None,
    *,
    on_progress: Callable[[TrainProgress], None] | None = None,
    should_stop: Callable[[], bool] | None = None,
) -> TrainResult:
    """Train a classifier on a folder of class folders (or an existing dataset check).

    Unreadable files are left out (they are in ``result.report.skipped``).
    `should_stop` is polled after every batch; when it returns True the run
    ends within that batch and `TrainingCancelled` is raised: an unfinished
    run never comes back as a result.

    Raises:
        DatasetError: too few classes or photos.
        WeightsError: the ImageNet weights are not available.
        TrainingCancelled: `should_stop` returned True.
    """
    config = config or TrainConfig()
    return _Run(config, on_progress, should_stop).run(data)


class _Run:
    def __init__(self, config: TrainConfig, on_progress, should_stop) -> None:
        self.config = config
        self.on_progress = on_progress or (lambda event: None)
        self.should_stop = should_stop or (lambda: False)
        self.start = time.perf_counter()
        self.work_start: float | None = None
        self.work_done = 0.0
        self.work_total = 1.0

    # -- the run ---------------------------------------------------------------------------
    def run(self, data: str | Path | DatasetReport) -> TrainResult:
        config = self.config
        report = self._checked(data)
        problems = report.problems_for_training()
        if problems:
            raise DatasetError(" ".join(problems))
        images = report.images
        split = split_dataset(report.photos, config.validation_split, config.seed)
        labels = report.labels
        self.train_x, self.train_y = images[split.train], labels[split.train]
        self.val_y = labels[split.validation]
        num_classes = len(report.class_names)

        self._stage(PHASE_PREPARING)
        keras.utils.set_random_seed(config.seed)
        model = build_classifier(num_classes, config.image_size, config.augmentation,
                                 config.weights, config.dropout, config.seed)
        self._prepare(model, num_classes)
        n_train, n_val = len(split.train), len(split.validation)
        computed = min(config.frozen_epochs, self.versions)
        self.work_total = (n_val + computed * n_train
                           + config.fine_tune_epochs * n_train * _FINE_TUNE_COST
                           + max(0, min(config.fine_tune_epochs, self.versions)
                                 - min(computed, self.cached_draws)) * n_train)
        self.work_start = time.perf_counter()

        history: list[EpochRecord] = []
        best = _Best()
        t_frozen = time.perf_counter()
        self.val_bottom, val_pooled = self._validation_features(images[split.validation])
        self.draws: dict[int, list[np.ndarray]] = {}  # version → stored frozen-part output
        self.pooled: dict[int, np.ndarray] = {}  # version → pooled features
        for epoch in range(config.frozen_epochs):
            record = self._frozen_epoch(epoch, val_pooled)
            history.append(record)
            best.offer(record, model)
        val_accuracy_frozen = history[-1].val_accuracy if history else None
        seconds_frozen = time.perf_counter() - t_frozen

        t_fine = time.perf_counter()
        if config.fine_tune_epochs:
            self._unfreeze(config)
            for epoch in range(config.fine_tune_epochs):
                record = self._fine_tune_epoch(epoch)
                history.append(record)
                best.offer(record, model)
        seconds_fine_tune = time.perf_counter() - t_fine
        self.draws.clear()
        self.pooled.clear()

        self._stage(PHASE_EVALUATING)
        best.restore(model)
        outputs = self._val_outputs()
        evaluation = evaluate_predictions(
            report.class_names, [report.photos[i].path for i in split.validation],
            self.val_y, class_probabilities(_activate(outputs, num_classes)))
        self._stage(PHASE_DONE)
        return TrainResult(
            model=model, config=config, class_names=report.class_names, report=report,
            split=split, history=tuple(history), evaluation=evaluation,
            best_epoch=best.epoch, val_accuracy_frozen=val_accuracy_frozen,
            seconds_frozen=seconds_frozen, seconds_fine_tune=seconds_fine_tune,
            total_seconds=time.perf_counter() - self.start)

    def _checked(self, data: str | Path | DatasetReport) -> DatasetReport:
        size = self.config.image_size
        if isinstance(data, DatasetReport):
            if data.images is not None and data.image_size == size:
                return data
            self._stage(PHASE_CHECKING)
            arrays = []
            for photo in data.photos:
                self._check_stop()
                arrays.append(load_array(photo.path, (size, size)))
            return replace(data, image_size=size, images=np.stack(arrays) if arrays else
                           np.zeros((0, size, size, 3), np.uint8))
        self._stage(PHASE_CHECKING)

        def checked(progress) -> None:
            self.on_progress(TrainProgress(
                "batch", PHASE_CHECKING, PHASE_TITLES[PHASE_CHECKING],
                batch=progress.done, batches=progress.total,
                elapsed=time.perf_counter() - self.start))

        return check_dataset(data, image_size=size, on_progress=checked,
                             should_stop=self.should_stop)

    # -- building the pieces -------------------------------------------------------------
    def _prepare(self, model: keras.Model, num_classes: int) -> None:
        config = self.config
        self.model = model
        self.binary = num_classes == 2
        base = base_of(model)
        bottom_outputs = _crossing_tensors(base, config.fine_tune_at)
        self.bottom = keras.Model(base.input, bottom_outputs, name="frozen_part")
        self.top = keras.Model(bottom_outputs, base.output, name="fine_tuned_part")
        self.bottom_shapes = [tuple(t.shape[1:]) for t in bottom_outputs]
        augmentation = model.get_layer("augmentation")
        preprocess = model.get_layer("preprocess")
        self.pool = model.get_layer("pool")
        self.dropout = model.get_layer("dropout")
        self.logits = model.get_layer("logits")

        bottom, top, pool, logits = self.bottom, self.top, self.pool, self.logits
        size = config.image_size
        # Fixed signatures (any batch size): each function is traced once per run,
        # not again for a last, smaller batch (a trace costs a second or more).
        images = tf.TensorSpec((None, size, size, 3), tf.float32)
        stored = [tf.TensorSpec((None, *s), tf.float32) for s in self.bottom_shapes]

        @tf.function(input_signature=[images])
        def augment(x):
            return augmentation(x, training=True)

        @tf.function(input_signature=[images])
        def features(x):
            x = bottom(preprocess(x), training=False)
            return x, pool(top(x, training=False))

        @tf.function(input_signature=[stored])
        def val_logits(parts):
            return logits(pool(top(_single(parts), training=False)))

        self._augment_fn, self._features_fn, self._val_logits_fn = augment, features, val_logits
        self._stored_spec = stored
        pooled = keras.Input(shape=(base.output.shape[-1],), name="pooled")
        self.head = keras.Model(pooled, self.logits(self.dropout(pooled)), name="head")
        self._head_step = self._train_step(
            self.head, keras.optimizers.Adam(config.learning_rate),
            tf.TensorSpec((None, base.output.shape[-1]), tf.float32))

        epochs = max(config.frozen_epochs, config.fine_tune_epochs)
        self.versions = min(epochs, config.augmented_versions)
        per_draw = len(self.train_y) * sum(int(np.prod(s)) for s in self.bottom_shapes) * 2
        self.cached_draws = min(self.versions if config.fine_tune_epochs else 0,
                                CACHE_BUDGET_BYTES // max(per_draw, 1))

    def _unfreeze(self, config: TrainConfig) -> None:
        # Layer by layer: a sub-model cut from MobileNetV2 does not pass `trainable`
        # on to its layers. BatchNorm stays frozen, in inference mode, with its statistics.
        for layer in self.top.layers:
            layer.trainable = not isinstance(layer, keras.layers.BatchNormalization)
        inputs = [keras.Input(shape=s) for s in self.bottom_shapes]
        x = self.pool(self.top(_single(inputs), training=False))
        self.fine = keras.Model(inputs, self.logits(self.dropout(x)), name="fine_tune")
        # A new optimizer: the model is "recompiled" for the new set of trainable weights.
        self._fine_step = self._train_step(
            self.fine, keras.optimizers.Adam(config.fine_tune_learning_rate), self._stored_spec)

    def _train_step(self, model: keras.Model, optimizer, input_spec):
        """One compiled training step of `model` on a batch: returns (loss, logits)."""
        if self.binary:
            loss_fn = keras.losses.BinaryCrossentropy(from_logits=True)
            labels = tf.TensorSpec((None, 1), tf.float32)
        else:
            loss_fn = keras.losses.SparseCategoricalCrossentropy(from_logits=True)
            labels = tf.TensorSpec((None,), tf.int64)
        variables = model.trainable_variables
        optimizer.build(variables)

        @tf.function(input_signature=[input_spec, labels])
        def step(inputs, targets):
            with tf.GradientTape() as tape:
                outputs = model(_single(inputs), training=True)
                loss = loss_fn(targets, outputs)
            optimizer.apply_gradients(zip(tape.gradient(loss, variables), variables))
            return loss, outputs

        def run(inputs, index: np.ndarray) -> tuple[float, float]:
            loss, outputs = step(inputs, tf.constant(self._targets(index)))
            _, accuracy = _loss_and_accuracy(outputs.numpy(), self.train_y[index], self.binary)
            return float(loss), accuracy

        return run

    # -- epochs ----------------------------------------------------------------------------
    def _frozen_epoch(self, epoch: int, val_pooled: np.ndarray) -> EpochRecord:
        t0 = time.perf_counter()
        version = epoch % self.versions
        pooled_all = self.pooled.get(version)
        fresh = pooled_all is None
        n = len(self.train_y)
        if fresh:
            pooled_all = np.empty((n, val_pooled.shape[1]), np.float32)
        keep = fresh and version < self.cached_draws
        draw = [np.empty((n, *s), np.float16) for s in self.bottom_shapes] if keep else None
        batches = _batches(self._order(epoch), self.config.batch_size)
        running = _Running()
        for number, index in enumerate(batches, 1):
            if fresh:
                bottom, pooled = self._features_fn(self._augmented(index))
                pooled_all[index] = pooled.numpy()
                if draw is not None:
                    for store, part in zip(draw, _as_list(bottom)):
                        store[index] = part.numpy()
                self._advance(len(index))
            loss, accuracy = self._head_step(tf.constant(pooled_all[index]), index)
            running.add(loss, accuracy, len(index))
            self._batch_event(PHASE_FROZEN, epoch, number, len(batches), running, loss)
            self._check_stop()
        self.pooled[version] = pooled_all
        if draw is not None:
            self.draws[version] = draw
        val_loss, val_accuracy = self._score(self.logits(val_pooled).numpy())
        return self._epoch_done(PHASE_FROZEN, epoch, running, val_loss, val_accuracy, t0)

    def _augmented(self, index: np.ndarray):
        return self._augment_fn(tf.constant(self.train_x[index], tf.float32))

    def _targets(self, index: np.ndarray) -> np.ndarray:
        labels = self.train_y[index]
        return labels.astype(np.float32).reshape(-1, 1) if self.binary else labels

    def _fine_tune_epoch(self, epoch: int) -> EpochRecord:
        t0 = time.perf_counter()
        version = epoch % self.versions
        draw = self.draws.get(version)
        keep = draw is None and version < self.cached_draws
        if keep:
            n = len(self.train_y)
            draw = [np.empty((n, *s), np.float16) for s in self.bottom_shapes]
        batches = _batches(self._order(1000 + epoch), self.config.batch_size)
        running = _Running()
        for number, index in enumerate(batches, 1):
            if draw is not None and not keep:
                inputs = [tf.constant(part[index], tf.float32) for part in draw]
            else:  # not stored: run the frozen part on a fresh augmented version
                bottom, _ = self._features_fn(self._augmented(index))
                inputs = _as_list(bottom)
                if keep:
                    for store, part in zip(draw, inputs):
                        store[index] = part.numpy()
                self._advance(len(index))
            loss, accuracy = self._fine_step(inputs, index)
            running.add(loss, accuracy, len(index))
            self._advance(len(index) * _FINE_TUNE_COST)
            self._batch_event(PHASE_FINE_TUNE, epoch, number, len(batches), running, loss)
            self._check_stop()
        if keep:
            self.draws[version] = draw
        val_loss, val_accuracy = self._score(self._val_outputs())
        return self._epoch_done(PHASE_FINE_TUNE, epoch, running, val_loss, val_accuracy, t0)

    def _val_outputs(self) -> np.ndarray:
        """Validation logits through the current weights, from the stored frozen-part output."""
        outputs = []
        for start in range(0, len(self.val_y), self.config.batch_size):
            part = [b[start:start + self.config.batch_size] for b in self.val_bottom]
            outputs.append(self._val_logits_fn(part).numpy())
        return np.concatenate(outputs) if outputs else np.zeros((0, 1), np.float32)

    def _validation_features(self, images: np.ndarray):
        """The frozen part's output and the pooled features of the (unaugmented) photos."""
        bottoms, pooled = [], []
        for start in range(0, len(images), self.config.batch_size):
            batch = tf.constant(images[start:start + self.config.batch_size], tf.float32)
            bottom, pool = self._features_fn(batch)
            bottoms.append([part.numpy() for part in _as_list(bottom)])
            pooled.append(pool.numpy())
            self._advance(len(batch))
            self._check_stop()
        stored = [np.concatenate([b[i] for b in bottoms]) for i in range(len(self.bottom_shapes))]
        return stored, (np.concatenate(pooled) if pooled else np.zeros((0, 1280), np.float32))

    def _score(self, logits: np.ndarray) -> tuple[float, float]:
        return _loss_and_accuracy(logits, self.val_y, self.binary)

    def _order(self, salt: int) -> np.ndarray:
        rng = np.random.default_rng([self.config.seed, salt])
        return rng.permutation(len(self.train_y))

    # -- progress --------------------------------------------------------------------------
    def _check_stop(self) -> None:
        if self.should_stop():
            raise TrainingCancelled("Training was cancelled; no model was saved.")

    def _advance(self, work: float) -> None:
        self.work_done += work

    def _timing(self) -> tuple[float, float, float | None]:
        elapsed = time.perf_counter() - self.start
        fraction = min(1.0, self.work_done / self.work_total) if self.work_total else 0.0
        eta = None
        if self.work_start is not None and fraction > 0.02:
            spent = time.perf_counter() - self.work_start
            eta = spent * (1 - fraction) / fraction
        return elapsed, fraction, eta

    def _stage(self, phase: str) -> None:
        elapsed, fraction, eta = self._timing()
        if phase == PHASE_DONE:
            fraction, eta = 1.0, 0.0
        self.on_progress(TrainProgress("stage", phase, PHASE_TITLES[phase],
                                       fraction=fraction, elapsed=elapsed, eta=eta))

    def _epoch_number(self, phase: str, epoch: int) -> int:
        return epoch + 1 + (self.config.frozen_epochs if phase == PHASE_FINE_TUNE else 0)

    def _batch_event(self, phase: str, epoch: int, batch: int, batches: int,
                     running: _Running, batch_loss: float) -> None:
        elapsed, fraction, eta = self._timing()
        total = self.config.frozen_epochs + self.config.fine_tune_epochs
        self.on_progress(TrainProgress(
            "batch", phase, PHASE_TITLES[phase], epoch=self._epoch_number(phase, epoch),
            epochs=total, batch=batch, batches=batches, loss=running.loss,
            accuracy=running.accuracy, batch_loss=batch_loss,
            fraction=fraction, elapsed=elapsed, eta=eta))

    def _epoch_done(self, phase: str, epoch: int, running: _Running, val_loss: float,
                    val_accuracy: float, t0: float) -> EpochRecord:
        number = self._epoch_number(phase, epoch)
        record = EpochRecord(phase, number, running.loss, running.accuracy, val_loss,
                             val_accuracy, time.perf_counter() - t0)
        elapsed, fraction, eta = self._timing()
        self.on_progress(TrainProgress(
            "epoch", phase, PHASE_TITLES[phase], epoch=number,
            epochs=self.config.frozen_epochs + self.config.fine_tune_epochs,
            loss=record.loss, accuracy=record.accuracy, val_loss=val_loss,
            val_accuracy=val_accuracy, fraction=fraction, elapsed=elapsed, eta=eta))
        return record


class _Running:
    """Mean loss and accuracy over the batches of one epoch so far, weighted by batch size."""

    def __init__(self) -> None:
        self.count = 0
        self.loss_sum = 0.0
        self.accuracy_sum = 0.0

    def add(self, loss: float, accuracy: float, size: int) -> None:
        self.count += size
        self.loss_sum += loss * size
        self.accuracy_sum += accuracy * size

    @property
    def loss(self) -> float:
        return self.loss_sum / self.count if self.count else float("nan")

    @property
    def accuracy(self) -> float:
        return self.accuracy_sum / self.count if self.count else float("nan")


class _Best:
    """The weights of the epoch with the lowest validation loss so far."""

    def __init__(self) -> None:
        self.loss = np.inf
        self.epoch = 0
        self.weights: list[np.ndarray] | None = None

    def offer(self, record: EpochRecord, model: keras.Model) -> None:
        if record.val_loss < self.loss or self.weights is None:
            self.loss, self.epoch = record.val_loss, record.epoch
            self.weights = model.get_weights()

    def restore(self, model: keras.Model) -> None:
        if self.weights is not None:
            model.set_weights(self.weights)


def _crossing_tensors(base: keras.Model, cut: int) -> list:
    """The tensors made below layer `cut` and used at or above it: the frozen part's outputs."""
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


def _single(parts):
    """A one-tensor list as the tensor (how a one-input Keras model is called)."""
    return parts[0] if isinstance(parts, (list, tuple)) and len(parts) == 1 else parts


def _as_list(value) -> list:
    return list(value) if isinstance(value, (list, tuple)) else [value]


def _batches(order: np.ndarray, batch_size: int) -> list[np.ndarray]:
    return [np.sort(order[i:i + batch_size]) for i in range(0, len(order), batch_size)]


def _activate(logits: np.ndarray, num_classes: int) -> np.ndarray:
    logits = np.asarray(logits, dtype=np.float64)
    if num_classes == 2:
        return 1.0 / (1.0 + np.exp(-logits))
    shifted = np.exp(logits - logits.max(axis=1, keepdims=True))
    return shifted / shifted.sum(axis=1, keepdims=True)


def _loss_and_accuracy(logits: np.ndarray, labels: np.ndarray, binary: bool) -> tuple[float, float]:
    logits = np.asarray(logits, dtype=np.float64)
    if len(labels) == 0:
        return float("nan"), float("nan")
    if binary:
        x = logits.reshape(-1)
        y = labels.astype(np.float64)
        loss = np.maximum(x, 0) - x * y + np.log1p(np.exp(-np.abs(x)))
        return float(loss.mean()), float(((x >= 0) == (y == 1)).mean())
    shifted = logits - logits.max(axis=1, keepdims=True)
    log_probs = shifted - np.log(np.exp(shifted).sum(axis=1, keepdims=True))
    loss = -log_probs[np.arange(len(labels)), labels]
    return float(loss.mean()), float((logits.argmax(axis=1) == labels).mean())
