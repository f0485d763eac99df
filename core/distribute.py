"""Training on more than one device or machine, with TensorFlow's own `tf.distribute`.

Nothing of our own is distributed: ``--strategy mirrored`` trains under
`tf.distribute.MirroredStrategy` (every local GPU, or the logical CPU devices
that ``ALPACA_STUDIO_CPU_DEVICES=N`` makes), ``--strategy multi-worker`` under
`tf.distribute.MultiWorkerMirroredStrategy`, with the cluster that ``TF_CONFIG``
describes as TensorFlow documents it. Without a strategy nothing here runs and
training is exactly what it was.

How the run's compiled pieces (`core.training_steps`) behave under a strategy:

- The training steps (`replicated_train_step`): the batch is the *global*
  batch; every replica (of every worker) takes its share of it by its replica
  number, the loss is summed per replica and divided by the global batch size,
  Keras' optimizer adds the replicas' gradients up (an all-reduce), and the step
  returns the global loss and every photo's output, as on one device.
- The frozen part's passes (`spread_over_devices`): no weight changes there, so
  each worker splits a batch over its *own* devices, with no traffic between
  machines. That keeps the feature cache (`core.frozen_cache`) free to answer
  from disk on one machine and compute on another: the workers only ever wait
  for each other in the training steps, which every worker runs alike.

Which process saves the run (`is_chief`) is read from ``TF_CONFIG`` without
TensorFlow, so the command line can decide before it claims the run folder.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
from typing import TYPE_CHECKING

from core.errors import CoreError, DatasetError

if TYPE_CHECKING:
    import tensorflow as tf

CPU_DEVICES_ENV = "ALPACA_STUDIO_CPU_DEVICES"
TF_CONFIG_ENV = "TF_CONFIG"
MIRRORED = "mirrored"
MULTI_WORKER = "multi-worker"
STRATEGIES = (MIRRORED, MULTI_WORKER)
_MAX_CPU_DEVICES = 64

# One strategy per process: TensorFlow sets a multi-worker cluster up once, at start.
_made: dict[str, tf.distribute.Strategy] = {}


# -- before TensorFlow starts ----------------------------------------------------------------
def cpu_devices_wanted() -> int | None:
    """The number of logical CPU devices ``ALPACA_STUDIO_CPU_DEVICES`` asks for (None: unset)."""
    text = os.environ.get(CPU_DEVICES_ENV, "").strip()
    if not text:
        return None
    if not text.isdigit() or not 1 <= int(text) <= _MAX_CPU_DEVICES:
        raise CoreError(f"{CPU_DEVICES_ENV}={text} is not a number of devices from 1 to "
                        f"{_MAX_CPU_DEVICES}; set it to a whole number, such as 2, or unset it.")
    return int(text)


def configure_cpu_devices() -> int | None:
    """Split the CPU into ``ALPACA_STUDIO_CPU_DEVICES`` logical devices, as TensorFlow allows.

    It must come before TensorFlow has run anything in this process (its devices
    are set up once); called again with the same number, it does nothing.
    Returns the number of logical CPU devices, or None when the variable is unset.

    Raises:
        CoreError: the number is not valid, or TensorFlow had already started.
    """
    wanted = cpu_devices_wanted()
    if wanted is None:
        return None
    import tensorflow as tf

    cpu = tf.config.list_physical_devices("CPU")[0]
    current = tf.config.get_logical_device_configuration(cpu)
    if current is not None and len(current) == wanted:
        return wanted
    try:
        tf.config.set_logical_device_configuration(
            cpu, [tf.config.LogicalDeviceConfiguration() for _ in range(wanted)])
    except RuntimeError as error:  # "Virtual devices cannot be modified after being initialized"
        raise CoreError(
            f"{CPU_DEVICES_ENV}={wanted} came too late: TensorFlow had already started in this "
            "process, and its devices are set up only once. Set the variable before starting "
            f"Alpaca Studio (for example `{CPU_DEVICES_ENV}={wanted} alpaca-studio train …`).",
        ) from error
    return wanted


def check_strategy_name(name: str | None) -> None:
    """Refuse a strategy name Alpaca Studio does not know, in plain words."""
    if name is not None and name not in STRATEGIES:
        raise CoreError(f"Unknown strategy '{name}'; choose one of: {', '.join(STRATEGIES)} "
                        "(or none, for one device).")


# -- the cluster, without TensorFlow ---------------------------------------------------------
def cluster_task() -> tuple[str, int] | None:
    """(task type, task index) of this process in ``TF_CONFIG``; None when it is not set.

    Raises:
        CoreError: ``TF_CONFIG`` is set but is not the JSON TensorFlow expects.
    """
    text = os.environ.get(TF_CONFIG_ENV, "").strip()
    if not text:
        return None
    try:
        config = json.loads(text)
        cluster, task = config["cluster"], config["task"]
        kind, index = str(task["type"]), int(task["index"])
        members = cluster[kind]
        if not isinstance(members, list) or not 0 <= index < len(members):
            raise ValueError(f"task {kind} {index} is not in the cluster")
    except (ValueError, KeyError, TypeError) as error:
        raise CoreError(
            f"{TF_CONFIG_ENV} is not a cluster description TensorFlow can use ({error}). It "
            'should look like {"cluster": {"worker": ["host1:12345", "host2:12345"]}, '
            '"task": {"type": "worker", "index": 0}}.') from error
    if kind not in ("chief", "worker"):
        raise CoreError(f"{TF_CONFIG_ENV} gives this process the task '{kind}'; Alpaca Studio's "
                        "multi-worker training needs 'chief' or 'worker' tasks only.")
    return kind, index


def is_chief(strategy: str | None) -> bool:
    """Whether this process saves the run: always, except a multi-worker non-chief.

    As TensorFlow decides it: the task "chief", or else worker 0 when the cluster
    has no chief.

    Raises:
        CoreError: multi-worker without a usable ``TF_CONFIG``.
    """
    if strategy != MULTI_WORKER:
        return True
    task = cluster_task()
    if task is None:
        raise CoreError(f"--strategy {MULTI_WORKER} needs {TF_CONFIG_ENV}, the description of "
                        "the cluster and of this machine's place in it (see docs/distributed.md).")
    kind, index = task
    has_chief = "chief" in json.loads(os.environ[TF_CONFIG_ENV])["cluster"]
    return kind == "chief" or (kind == "worker" and index == 0 and not has_chief)


def task_text() -> str:
    """This process in words, such as "worker 1" (from ``TF_CONFIG``)."""
    task = cluster_task()
    return f"{task[0]} {task[1]}" if task else "this process"


# -- strategies ------------------------------------------------------------------------------
def make_strategy(name: str | None) -> tf.distribute.Strategy | None:
    """The strategy called `name` (made once per process), or None for one device.

    ``mirrored``: every local GPU; with no GPU, every logical CPU device
    (``ALPACA_STUDIO_CPU_DEVICES``). ``multi-worker``: the cluster of ``TF_CONFIG``,
    each worker with its local GPUs (or its CPU).

    Raises:
        CoreError: an unknown name, a bad ``TF_CONFIG``, or TensorFlow already started.
    """
    check_strategy_name(name)
    configure_cpu_devices()
    if name is None:
        return None
    if name in _made:
        return _made[name]
    import tensorflow as tf

    if name == MIRRORED:
        devices = None  # TensorFlow's default: all GPUs
        if not tf.config.list_physical_devices("GPU"):
            # Without GPUs MirroredStrategy would use one CPU; use the logical ones.
            devices = [d.name for d in tf.config.list_logical_devices("CPU")]
        made = tf.distribute.MirroredStrategy(devices=devices)
    else:
        is_chief(name)  # a missing or bad TF_CONFIG is said plainly, before TensorFlow does
        try:
            made = tf.distribute.MultiWorkerMirroredStrategy()
        except (RuntimeError, ValueError) as error:
            raise CoreError(
                f"Multi-worker training could not start: {error}. It must start before "
                "TensorFlow does anything else in the process.") from error
    _made[name] = made
    return made


def strategy_scope(strategy: tf.distribute.Strategy | None):
    """``strategy.scope()``, or a scope that does nothing when there is no strategy."""
    return strategy.scope() if strategy is not None else contextlib.nullcontext()


def replicas(strategy: tf.distribute.Strategy | None) -> int:
    """How many replicas train in step (1 without a strategy)."""
    return 1 if strategy is None else int(strategy.num_replicas_in_sync)


def in_strategy() -> bool:
    """Whether the caller runs inside a strategy's scope (not TensorFlow's default one)."""
    import tensorflow as tf

    return tf.distribute.has_strategy()


def require_same_run(strategy: tf.distribute.Strategy | None, identity: str) -> None:
    """Refuse to train when the workers do not all have the same photos and settings.

    Each worker trains on its own copy of the photos, taking its replicas' rows of
    every batch: with other photos or settings, the batches would not match and
    the workers would wait for each other for ever. `identity` is what decides the
    batches (the photos' contents in order, the settings).

    Raises:
        DatasetError: some worker's `identity` differs (said on every worker).
    """
    if strategy is None or replicas(strategy) < 2:
        return
    import tensorflow as tf

    value = int.from_bytes(hashlib.sha256(identity.encode()).digest()[:4], "big") >> 1
    gathered = strategy.gather(strategy.run(lambda: tf.constant([value], tf.int64)), axis=0)
    if len(set(gathered.numpy().tolist())) > 1:
        raise DatasetError(
            "The machines of the cluster do not have the same photos or settings, so they "
            "cannot train together. Give every machine the same photo folder (the same "
            "photos in the same class folders) and the same `alpaca-studio train` command; "
            "only TF_CONFIG differs from one machine to the next.")


# -- the compiled pieces under a strategy ----------------------------------------------------
def replicated_train_step(model, optimizer, binary: bool, input_spec, labels_spec):
    """One optimizer step on a global batch shared by every replica; ``(loss, outputs)``.

    Built inside the strategy's scope, like the model and `optimizer`. Each
    replica takes the rows of its replica number; the loss is summed per replica
    and divided by the global batch size (`tf.nn.compute_average_loss`), so the
    gradients the optimizer adds up across replicas are those of the whole batch.
    """
    import keras
    import tensorflow as tf

    strategy = tf.distribute.get_strategy()
    variables = model.trainable_variables

    def per_example(targets, outputs):
        if binary:
            return keras.losses.binary_crossentropy(targets, outputs, from_logits=True)
        return keras.losses.sparse_categorical_crossentropy(targets, outputs, from_logits=True)

    def on_replica(inputs, targets):
        context = tf.distribute.get_replica_context()
        total = tf.shape(targets)[0]
        start, stop, kept = _share(total, context.replica_id_in_sync_group,
                                   context.num_replicas_in_sync)
        inputs = tf.nest.map_structure(lambda t: t[start:stop], inputs)
        # A padded row (a replica with no share of a small last batch) weighs nothing.
        weights = tf.cast(tf.range(stop - start) < kept, tf.float32)
        with tf.GradientTape() as tape:
            outputs = model(_single(inputs), training=True)
            loss = tf.nn.compute_average_loss(per_example(targets[start:stop], outputs),
                                              sample_weight=weights, global_batch_size=total)
        optimizer.apply_gradients(zip(tape.gradient(loss, variables), variables))
        return loss, outputs[:kept]

    @tf.function(input_signature=[input_spec, labels_spec])
    def step(inputs, targets):
        losses, outputs = strategy.run(on_replica, args=(inputs, targets))
        return (strategy.reduce(tf.distribute.ReduceOp.SUM, losses, axis=None),
                strategy.gather(outputs, axis=0))

    return step


def spread_over_devices(function):
    """`function` (a `tf.function` taking and giving batches) split over this worker's devices.

    For the passes that change no weight (augmenting, the frozen part, scoring):
    each local device takes a share of the rows, and the outputs are put back
    together in order. Never waits for another worker. With one device, `function`.
    """
    import tensorflow as tf

    devices = tf.distribute.get_strategy().extended.worker_devices
    if len(devices) < 2:
        return function
    body = function.python_function

    @tf.function(input_signature=function.input_signature)
    def spread(*args):
        total = tf.shape(tf.nest.flatten(args[0])[0])[0]
        parts = []
        for number, device in enumerate(devices):
            start, stop, kept = _share(total, number, len(devices))
            with tf.device(device):
                out = body(*tf.nest.map_structure(
                    lambda t, start=start, stop=stop: t[start:stop], args))
            parts.append(tf.nest.map_structure(lambda t, kept=kept: t[:kept], out))
        return tf.nest.map_structure(lambda *pieces: tf.concat(pieces, axis=0), *parts)

    return spread


def _share(total, number, count):
    """Rows [start, stop) that replica `number` of `count` computes, and how many it keeps.

    Equal shares, the last ones shorter. A replica left without a row (a last batch
    smaller than the number of replicas) computes the last row and keeps none:
    TensorFlow's convolutions fail on an empty batch. `total` is at least 1.
    """
    import tensorflow as tf

    size = (total + count - 1) // count
    start = tf.minimum(number * size, total)
    stop = tf.minimum(start + size, total)
    kept = stop - start
    first = tf.minimum(start, total - 1)
    return first, tf.maximum(stop, first + 1), kept


def _single(parts):
    # As core.training_steps.single (not imported: that module imports this one).
    return parts[0] if isinstance(parts, (list, tuple)) and len(parts) == 1 else parts
