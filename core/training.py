"""Training: the new top on a frozen MobileNetV2, then fine-tuning its last layers.

The plain Keras recipe runs every photo through all of MobileNetV2 in every
epoch of both phases. Here the frozen lower part (layers below
``fine_tune_at``) runs once per photo per *augmented version*
(``TrainConfig.augmented_versions``, 3 by default), and the epochs of both
phases cycle through those versions: phase 1 trains the new top on the pooled
features of each, phase 2 trains the unfrozen top on the stored output of the
frozen part. Validation photos are not augmented. Each version of a photo is
drawn from its own seed (the run's seed, the photo's digest, the version), so
what the frozen part made of it is kept in the persistent cache
(`core.frozen_cache`): a later run computes only the photos, versions and
settings it has not seen, and gets the very same numbers for the others. No
part of a run holds every photo: pixels and stored outputs are read a batch at
a time, ahead of the training, from the cache or a fixed memory budget
(`core.streaming`), so memory does not grow with the photos. The compiled
pieces are built in `core.training_steps`; progress events come from
`core.train_progress`.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path

import keras
import numpy as np
import tensorflow as tf

from core import distribute
from core.dataset import DatasetReport, check_dataset
from core.errors import DatasetError, TrainingCancelled
from core.evaluation import (
    Evaluation,
    class_probabilities,
    evaluate_predictions,
    loss_and_accuracy,
    probabilities_from_logits,
)
from core.frozen_cache import FrozenOutputs, augmented_draw, photo_seeds, weights_identity
from core.messages import QT_TRANSLATE_NOOP
from core.model import base_of, build_classifier
from core.near_copies import near_copy_groups, near_copy_keys, thumbnail
from core.photo_cache import checked_photo
from core.split import Split, require_both_sides, split_dataset
from core.streaming import PhotoPixels, prefetched
from core.train_config import TrainConfig
from core.train_progress import (  # noqa: F401  (re-exported: the engine's events)
    PHASE_CHECKING,
    PHASE_DONE,
    PHASE_EVALUATING,
    PHASE_FINE_TUNE,
    PHASE_FROZEN,
    PHASE_PREPARING,
    PHASE_TITLES,
    ProgressReporter,
    RunningMean,
    TrainProgress,
)
from core.training_steps import FROZEN_CHUNK, TrainingSteps, as_list

# Outputs of the frozen part a run keeps in memory; beyond it they are read back from the
# disk cache a batch at a time (`core.streaming`), or computed again when that cannot be
# written. A fixed amount, whatever the number of photos: reading a photo's 139 kB bottom
# back costs ~1 ms against ~26 ms to recompute it (benchmarks/bench_stream.py, 160 px),
# and 300 MB still holds every version of a few hundred photos (bench_train's 327).
CACHE_BUDGET_BYTES = 300_000_000
# Relative cost of a fine-tuning step on stored activations vs. a frozen-part pass
# (for the time left; measured at 160 px, 2 cores: ~6 ms vs. ~15 ms per photo).
_FINE_TUNE_COST = 0.4


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
    # Photos (validation photos and augmented versions) that went through the frozen part
    # in this run; the others came from the persistent cache.
    frozen_passes: int = 0

    @property
    def val_accuracy(self) -> float:
        return self.evaluation.accuracy


def train_classifier(
    data: str | Path | DatasetReport,
    config: TrainConfig | None = None,
    *,
    on_progress: Callable[[TrainProgress], None] | None = None,
    should_stop: Callable[[], bool] | None = None,
    strategy: str | tf.distribute.Strategy | None = None,
) -> TrainResult:
    """Train a classifier on a folder of class folders (or an existing dataset check).

    Unreadable files are left out (they are in ``result.report.skipped``).
    `should_stop` is polled after every batch; when it returns True the run
    ends within that batch and `TrainingCancelled` is raised: an unfinished
    run never comes back as a result. `strategy` (``"mirrored"``, ``"multi-worker"``
    or a `tf.distribute.Strategy`; `core.distribute`) spreads the run over devices
    or machines; ``config.batch_size`` is then the global batch.

    Raises:
        DatasetError: too few classes or different photos, or a class the split leaves
            without a training or a validation photo.
        WeightsError: the ImageNet weights are not available.
        TrainingCancelled: `should_stop` returned True.
    """
    config = config or TrainConfig()
    if strategy is None or isinstance(strategy, str):
        strategy = distribute.make_strategy(strategy)  # first: before TensorFlow starts
    return _Run(config, on_progress, should_stop, strategy).run(data)


class _Run:
    def __init__(self, config: TrainConfig, on_progress, should_stop, strategy=None) -> None:
        self.config = config
        self.strategy = strategy
        self.progress = ProgressReporter(
            on_progress, should_stop, config.frozen_epochs, config.fine_tune_epochs,
            lambda: TrainingCancelled(QT_TRANSLATE_NOOP(
                "core", "Training was cancelled; no model was saved.")))

    # -- the run ---------------------------------------------------------------------------
    def run(self, data: str | Path | DatasetReport) -> TrainResult:
        config = self.config
        report = self._checked(data)
        problems = report.problems_for_training()
        if problems:
            raise DatasetError(" ".join(problems))
        split = split_dataset(report.photos, config.validation_split, config.seed)
        # Before any TensorFlow work: a class with nothing to learn from or to be scored
        # on would give an untrained model or a score of no photos (NaN). Grouping
        # near-copies only joins photos: a split this refuses, the grouped one refuses too.
        require_both_sides(report.photos, split, report.class_names)
        labels = report.labels
        # A batch at a time, from the photo cache (or the caller's decoded photos).
        self.pixels = PhotoPixels(report.photos, config.image_size, report.images)
        self.digests = digests = [photo.digest for photo in report.photos]
        self._use_split(split, labels)
        num_classes = len(report.class_names)
        # Workers that would make different batches would wait for each other for ever.
        settings = {**config.to_dict(), "weights": None}  # a weights file may lie elsewhere
        distribute.require_same_run(self.strategy, f"{digests}|{labels.tolist()}|{settings}")

        self.progress.stage(PHASE_PREPARING)
        keras.utils.set_random_seed(config.seed)
        with distribute.strategy_scope(self.strategy):  # variables made once per replica
            model = build_classifier(num_classes, config.image_size, config.augmentation,
                                     config.weights, config.dropout, config.seed)
            self._prepare(model, num_classes)
        try:
            self.progress.expect(self._grouping_work() + self._work_ahead())
            if self._finds_near_copies:
                self._use_split(self._near_copy_split(report), labels)
                require_both_sides(report.photos, self.split, report.class_names)
            return self._train_and_evaluate(model, report)
        finally:
            self.frozen.close()

    @property
    def _finds_near_copies(self) -> bool:
        # Random weights (testing) see every photo alike: near-copies (whose threshold is
        # measured on ImageNet's features) mean something only with trained weights.
        return self.config.weights is not None

    def _grouping_work(self) -> int:
        """Frozen-part passes `_near_copy_split` will compute, less what they spare later."""
        if not self._finds_near_copies:
            return 0
        count = self.frozen.count_missing
        spared = self.val_digests + (self.train_digests if self._draw(0) is None else [])
        # The photos as they are, computed for grouping, are then known to the other passes
        # (as the plain split sides them: the grouped one moves a few photos).
        return count(self.digests, None, bottom=False) - count(spared, None, bottom=False)

    def _use_split(self, split: Split, labels: np.ndarray) -> None:
        self.split = split
        self.train_digests = [self.digests[i] for i in split.train]
        self.val_digests = [self.digests[i] for i in split.validation]
        self.train_y, self.val_y = labels[split.train], labels[split.validation]

    def _near_copy_split(self, report: DatasetReport) -> Split:
        """The split with each near-copy group on one side (`core.near_copies`).

        A near-copy in training and its original in validation would flatter the
        score. The groups come from every photo as it is: its pooled features (what
        validation and the app's suggestions use, from the photo cache when known,
        where they are kept for later runs and for validation's frozen-part outputs)
        and its thumbnail, which with its mirror image finds mirrored copies: no
        photo goes through the network mirrored.
        """
        config = self.config
        everyone = np.arange(len(self.digests))
        plain, thumbnails = [], []
        for start in range(0, len(everyone), config.batch_size):
            index = everyone[start:start + config.batch_size]
            digests = [self.digests[i] for i in index]
            # A batch of pixels at a time (streamed from the photo cache): the thumbnails
            # need them all, the frozen part only those the cache lacks.
            pixels = self.pixels.batch(index)
            thumbnails.extend(thumbnail(image) for image in pixels)

            def compute(rows: np.ndarray, index=index, pixels=pixels):
                return self._compute(index[rows], pixels[rows], None)

            # Not kept in memory: most of these photos train on augmented versions. Their
            # bottoms are stored too: validation's photos are read back, not computed again.
            plain.append(self.frozen.fetch(digests, None, compute,
                                           bottom=False, remember=False)[1])
            self.progress.check_stop()
        # On disk before validation reads the bottoms of its photos back.
        self.frozen.flush()
        groups = near_copy_groups(np.concatenate(plain), None, np.stack(thumbnails))
        return split_dataset(report.photos, config.validation_split, config.seed,
                             near_copies=near_copy_keys(self.digests, groups))

    def _train_and_evaluate(self, model: keras.Model, report: DatasetReport) -> TrainResult:
        config, split = self.config, self.split
        history: list[EpochRecord] = []
        best = _Best()
        t_frozen = time.perf_counter()
        self._validation_features()
        for epoch in range(config.frozen_epochs):
            record = self._frozen_epoch(epoch)
            history.append(record)
            best.offer(record, model)
        val_accuracy_frozen = history[-1].val_accuracy if history else None
        seconds_frozen = time.perf_counter() - t_frozen

        t_fine = time.perf_counter()
        if config.fine_tune_epochs:
            with distribute.strategy_scope(self.strategy):
                self.steps.unfreeze(config.fine_tune_learning_rate)
            for epoch in range(config.fine_tune_epochs):
                record = self._fine_tune_epoch(epoch)
                history.append(record)
                best.offer(record, model)
        seconds_fine_tune = time.perf_counter() - t_fine

        self.progress.stage(PHASE_EVALUATING)
        best.restore(model)
        outputs = self._val_outputs()
        evaluation = evaluate_predictions(
            report.class_names, [report.photos[i].path for i in split.validation],
            self.val_y, class_probabilities(probabilities_from_logits(outputs, self.binary)))
        self.progress.stage(PHASE_DONE)
        return TrainResult(
            model=model, config=config, class_names=report.class_names, report=report,
            split=split, history=tuple(history), evaluation=evaluation,
            best_epoch=best.epoch, val_accuracy_frozen=val_accuracy_frozen,
            seconds_frozen=seconds_frozen, seconds_fine_tune=seconds_fine_tune,
            total_seconds=self.progress.elapsed, frozen_passes=self.frozen.computed)

    def _checked(self, data: str | Path | DatasetReport) -> DatasetReport:
        size = self.config.image_size
        if isinstance(data, DatasetReport):
            if data.image_size == size:  # decoded at this size: held, or in the photo cache
                return data
            self.progress.stage(PHASE_CHECKING)
            photos = []
            for photo in data.photos:
                self.progress.check_stop()
                # Into the photo cache, not into memory (`core.streaming` reads it back).
                digest, _ = checked_photo(photo.path, size)
                # A photo edited since the check is keyed by what it holds now.
                photos.append(photo if digest == photo.digest else replace(photo, digest=digest))
            return replace(data, photos=tuple(photos), image_size=size, images=None)
        self.progress.stage(PHASE_CHECKING)
        return check_dataset(
            data, image_size=size, keep_images=False, should_stop=self.progress.should_stop,
            on_progress=lambda checked: self.progress.checking(checked.done, checked.total))

    # -- building the pieces -------------------------------------------------------------
    def _prepare(self, model: keras.Model, num_classes: int) -> None:
        config = self.config
        self.steps = TrainingSteps(model, config.image_size, config.fine_tune_at,
                                   config.learning_rate, binary=num_classes == 2)
        self.binary = self.steps.binary
        epochs = max(config.frozen_epochs, config.fine_tune_epochs)
        # Without augmentation every version is the photo itself: one is enough.
        self.versions = 1 if config.augmentation.is_identity else min(
            epochs, config.augmented_versions)
        self.frozen = FrozenOutputs(
            weights_identity(base_of(model)), config.image_size, config.fine_tune_at,
            self.steps.stored_shapes, self.steps.feature_size, CACHE_BUDGET_BYTES)

    def _draw(self, version: int):
        return augmented_draw(self.config.augmentation, self.config.seed, version)

    def _work_ahead(self) -> float:
        """Photo passes through the frozen part still to compute, plus fine-tuning steps."""
        config = self.config
        fine_versions = set() if not config.fine_tune_epochs else {
            e % self.versions for e in range(config.fine_tune_epochs)}
        versions = {e % self.versions for e in range(config.frozen_epochs)} | fine_versions
        work = self.frozen.count_missing(self.val_digests, None)
        for version in versions:
            work += self.frozen.count_missing(self.train_digests, self._draw(version),
                                              version in fine_versions)
        return work + config.fine_tune_epochs * len(self.train_y) * _FINE_TUNE_COST

    def _compute(self, chosen: np.ndarray, pixels: np.ndarray, version: int | None):
        """The frozen part's (bottom parts, pooled) of photos `chosen`, whose pixels are given.

        The photos as they are (`version` None) or augmented version `version`.
        """
        augmented = version is not None and self._draw(version) is not None
        bottoms, pooled = [], []
        # A few photos at a time: MobileNetV2's early activations then stay in the CPU's
        # cache (measured on 2 cores: 8 photos ~28 ms each, 32 photos ~45-55 ms each).
        for start in range(0, len(chosen), FROZEN_CHUNK):
            photos = chosen[start:start + FROZEN_CHUNK]
            chunk = pixels[start:start + FROZEN_CHUNK]
            batch = _float32(chunk)
            if augmented:
                seeds = photo_seeds(self.config.seed, [self.digests[i] for i in photos],
                                    version)
                batch = self.steps.augment(batch, tf.constant(seeds))
            bottom, pool = self.steps.features(batch)
            bottoms.append([part.numpy() for part in as_list(bottom)])
            pooled.append(pool.numpy())
            self.progress.advance(len(photos))
        return [np.concatenate(parts) for parts in zip(*bottoms)], np.concatenate(pooled)

    def _stream(self, batches: list[np.ndarray], version: int | None, *, pooled: bool = False,
                bottom: bool = False):
        """(batch, bottom parts or None, pooled or None) of each batch, in order.

        `version` None: the validation photos as they are; else the training photos'
        augmented version. What the cache and the memory budget know is read a batch
        at a time (ahead, in a reading thread, `core.streaming.prefetched`, when it
        all comes from disk), with the pixels of the photos they lack; those go
        through the frozen part here and are stored.
        """
        validation = version is None
        photos = self.split.validation if validation else self.split.train
        digests = self.val_digests if validation else self.train_digests
        draw = None if validation else self._draw(version)

        def load(index: np.ndarray):
            flat, pool, missing = self.frozen.lookup(
                [digests[i] for i in index], draw, pooled=pooled, bottom=bottom)
            missing = np.array(missing, np.int64)
            return index, flat, pool, missing, self.pixels.batch(photos[index[missing]])

        # Read ahead only when the batches come back from the disk cache with nothing to
        # compute (a warm run, or thousands of photos beyond the memory budget): the reading
        # then hides behind the steps. With photos to compute the frozen part takes ~97% of
        # the time, and a reading thread would cost more CPU than it hides (bench_train.py
        # at 327 photos, with tf.data: +15% CPU time with it, none without).
        reading = not self.frozen.all_in_memory(digests, draw, pooled=pooled, bottom=bottom)
        if reading and not self.frozen.count_missing(digests, draw, bottom=bottom):
            items = prefetched(batches, load)
        else:
            items = map(load, batches)
        for index, flat, pool, missing, pixels in items:
            if len(missing):  # `lookup` left their rows unset: filled in here
                parts, computed = self._compute(photos[index[missing]], pixels,
                                                None if validation else version)
                self.frozen.complete([digests[i] for i in index], draw, missing, parts,
                                     computed, flat, pool)
            yield index, (None if flat is None else self.frozen.parts(flat)), pool

    def _train(self, step, inputs, index: np.ndarray) -> tuple[float, float]:
        """One training step on the photos `index`: (loss, accuracy) of the batch."""
        labels = self.train_y[index]
        loss, outputs = step(inputs, self.steps.targets(labels))
        _, accuracy = loss_and_accuracy(outputs.numpy(), labels, self.binary)
        return float(loss), accuracy

    # -- epochs ----------------------------------------------------------------------------
    def _frozen_epoch(self, epoch: int) -> EpochRecord:
        t0 = time.perf_counter()
        batches = _batches(self._order(epoch), self.config.batch_size)
        running = RunningMean()
        stream = self._stream(batches, epoch % self.versions, pooled=True)
        for number, (index, _, pooled) in enumerate(stream, 1):
            loss, accuracy = self._train(self.steps.head_step, tf.constant(pooled), index)
            running.add(loss, accuracy, len(index))
            self.progress.batch(PHASE_FROZEN, epoch, number, len(batches), running, loss)
            self.progress.check_stop()
        val_loss, val_accuracy = self._score(self._val_outputs(pooled=True))
        return self._epoch_done(PHASE_FROZEN, epoch, running, val_loss, val_accuracy, t0)

    def _fine_tune_epoch(self, epoch: int) -> EpochRecord:
        t0 = time.perf_counter()
        batches = _batches(self._order(1000 + epoch), self.config.batch_size)
        running = RunningMean()
        stream = self._stream(batches, epoch % self.versions, bottom=True)
        for number, (index, parts, _) in enumerate(stream, 1):
            loss, accuracy = self._train(self.steps.fine_step, self._stored(parts), index)
            running.add(loss, accuracy, len(index))
            self.progress.advance(len(index) * _FINE_TUNE_COST)
            self.progress.batch(PHASE_FINE_TUNE, epoch, number, len(batches), running, loss)
            self.progress.check_stop()
        val_loss, val_accuracy = self._score(self._val_outputs())
        return self._epoch_done(PHASE_FINE_TUNE, epoch, running, val_loss, val_accuracy, t0)

    def _val_batches(self) -> list[np.ndarray]:
        size, count = self.config.batch_size, len(self.val_y)
        return [np.arange(start, min(start + size, count)) for start in range(0, count, size)]

    def _val_outputs(self, pooled: bool = False) -> np.ndarray:
        """Validation logits through the current weights, a batch at a time.

        From the stored pooled features (the new top alone, `pooled`) or the stored
        frozen-part output (the fine-tuned part too).
        """
        outputs = []
        for _, parts, features in self._stream(self._val_batches(), None, pooled=pooled,
                                               bottom=not pooled):
            if pooled:
                outputs.append(self.steps.logits(tf.constant(features)).numpy())
            else:
                outputs.append(self.steps.val_logits(self._stored(parts)).numpy())
        return np.concatenate(outputs) if outputs else np.zeros((0, 1), np.float32)

    def _validation_features(self) -> None:
        """The validation photos through the frozen part, into the cache (and memory budget)."""
        for _ in self._stream(self._val_batches(), None, pooled=True, bottom=True):
            self.progress.check_stop()

    def _stored(self, parts: list[np.ndarray]) -> list[tf.Tensor]:
        """Stored frozen-part outputs (float16) as the steps take them (widened in the graph)."""
        return [tf.constant(np.asarray(part, self.steps.stored_dtype)) for part in parts]

    def _score(self, logits: np.ndarray) -> tuple[float, float]:
        return loss_and_accuracy(logits, self.val_y, self.binary)

    def _order(self, salt: int) -> np.ndarray:
        rng = np.random.default_rng([self.config.seed, salt])
        return rng.permutation(len(self.train_y))

    def _epoch_done(self, phase: str, epoch: int, running: RunningMean, val_loss: float,
                    val_accuracy: float, t0: float) -> EpochRecord:
        record = EpochRecord(phase, self.progress.epoch_number(phase, epoch), running.loss,
                             running.accuracy, val_loss, val_accuracy, time.perf_counter() - t0)
        self.progress.epoch(phase, epoch, running, val_loss, val_accuracy)
        return record


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


def _float32(array: np.ndarray) -> tf.Tensor:
    # NumPy converts float16 and uint8 many times faster than tf.constant(x, tf.float32).
    return tf.constant(np.asarray(array, dtype=np.float32))


def _batches(order: np.ndarray, batch_size: int) -> list[np.ndarray]:
    return [np.sort(order[i:i + batch_size]) for i in range(0, len(order), batch_size)]
