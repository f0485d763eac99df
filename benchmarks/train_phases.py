"""`alpaca-studio train` with a clock on each phase: where a run's time goes, start to saved model.

    python benchmarks/train_phases.py OUT.json train DATA --out RUN_DIR --json ...

Runs ``core.cli.main`` with the arguments after OUT.json, as ``python -m core.cli``
would, and writes to OUT.json the seconds of each phase, from the process's start
(the kernel's start time, as the CLI's own ``total_seconds``) to the saved model:

- interpreter start, TensorFlow + Keras import, the engine's own imports;
- listing, check and decoding (on a second thread, beside the imports: both are shown,
  with the time the run waited for the check);
- model build + weights load, the weights' hash, the cache look-ups that plan the run;
- near-copy grouping, the validation photos' pass, frozen epochs, fine-tune epochs,
  evaluation, closing the cache, saving;
- inside those: the photos sent through the frozen part (their share of each phase),
  the first call of each compiled function (tracing + compiling + one call) and its
  later calls.

The clocks are wrappers around the engine's functions (`benchmarks/bench_train.py
--phases` runs ours through this script); they add well under 0.1 s to a run. The
interpreter's exit is measured by the parent, as wall time less the last clock here.
"""

from __future__ import annotations

import builtins
import json
import sys
import time
from collections import defaultdict
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from core.terminal import process_seconds  # noqa: E402  (no TensorFlow)

STARTED = process_seconds()  # interpreter start-up, to the first line of this script
_clock_offset = STARTED - time.perf_counter()


def now() -> float:
    """Seconds since the process started."""
    return time.perf_counter() + _clock_offset


phases: dict[str, float] = defaultdict(float)
marks: dict[str, float] = {"interpreter started": STARTED}
calls: dict[str, list[float]] = defaultdict(list)

# -- imports: the first, outermost import of each module named here -------------------------
_watched = {"tensorflow": "import TensorFlow", "keras": "import Keras",
            "core.training": "import the engine (core.training, all of it)",
            "core.runs": "import core.runs (saving)"}
_real_import = builtins.__import__
_depth = [0]


def _timed_import(name, globals=None, locals=None, fromlist=(), level=0):
    # TensorFlow is first imported by Keras, as `tensorflow.something`: the top name counts.
    top = name.split(".")[0] if level == 0 else None
    label = _watched.get(name if top not in ("tensorflow", "keras") else top)
    if label is None or label in marks:
        return _real_import(name, globals, locals, fromlist, level)
    marks[label] = -1.0  # taken: nested imports of the same module are not timed again
    t0 = now()
    try:
        return _real_import(name, globals, locals, fromlist, level)
    finally:
        marks[label] = now()
        phases[label] = now() - t0
        # Clocks go in as soon as their module exists, before the CLI takes its names.
        if name == "core.training":
            install_engine()
        elif name == "core.runs":
            timed(sys.modules["core.runs"], "save_run", "save the run")


builtins.__import__ = _timed_import


def timed(owner, name: str, label: str):
    """Wrap ``owner.name`` so each call adds its seconds to `label`."""
    real = getattr(owner, name)

    def wrapper(*args, **kwargs):
        t0 = now()
        try:
            return real(*args, **kwargs)
        finally:
            phases[label] += now() - t0
            marks.setdefault(f"{label} (first start)", t0)

    setattr(owner, name, wrapper)


def counted(function, label: str):
    """A compiled function whose calls are timed one by one (the first traces it)."""
    def wrapper(*args, **kwargs):
        t0 = time.perf_counter()
        out = function(*args, **kwargs)
        if isinstance(out, tuple):
            for part in out:
                _wait(part)
        else:
            _wait(out)
        calls[label].append(time.perf_counter() - t0)
        return out
    return wrapper


def _wait(value) -> None:
    # A call returns before its work is done only if its result is not used: ask for it.
    for part in value if isinstance(value, (list, tuple)) else [value]:
        if hasattr(part, "numpy"):
            part.numpy()


def install_cli() -> None:
    """A clock on the photo check, which the CLI runs beside its imports."""
    import core.cli as cli

    real_background = cli.Background

    class TimedBackground(real_background):
        def __init__(self, function, *args, **kwargs):
            def run(*a, **k):
                t0 = now()
                try:
                    return function(*a, **k)
                finally:
                    phases["list, check and decode the photos (second thread)"] += now() - t0
            super().__init__(run, *args, **kwargs)

        def result(self):
            t0 = now()
            try:
                return super().result()
            finally:
                phases["waiting for the photo check"] += now() - t0

    cli.Background = TimedBackground


def install_engine() -> None:
    """Clocks around the engine's phases, once `core.training` is imported."""
    import core.frozen_cache as frozen_cache
    import core.training as training
    import core.training_steps as steps_module

    run = training._Run
    timed(run, "_checked", "check (main thread, photos already checked)")
    timed(training, "build_classifier", "build the model + load the weights")
    timed(training, "FrozenOutputs", "hash the weights (cache identity)")
    timed(run, "_grouping_work", "plan: cache look-ups")
    timed(run, "_work_ahead", "plan: cache look-ups")
    timed(run, "_near_copy_split", "near-copy grouping (photos as they are)")
    timed(run, "_validation_features", "validation photos' frozen pass")
    timed(run, "_frozen_epoch", "frozen epochs")
    timed(steps_module.TrainingSteps, "unfreeze", "fine-tune: unfreeze, build its step")
    timed(run, "_fine_tune_epoch", "fine-tune epochs")
    timed(run, "_compute", "photos through the frozen part (all phases)")
    real_compute = run._compute

    def compute(self, chosen, pixels, version):
        phases["photos sent through the frozen part (count)"] += len(chosen)
        return real_compute(self, chosen, pixels, version)

    run._compute = compute
    timed(training, "train_classifier", "the run (train_classifier)")
    real_train_and_evaluate = run._train_and_evaluate

    def train_and_evaluate(self, model, report):
        real_restore = training._Best.restore

        def restore(best, model):
            marks["evaluation starts"] = now()
            return real_restore(best, model)

        training._Best.restore = restore
        try:
            return real_train_and_evaluate(self, model, report)
        finally:
            training._Best.restore = real_restore
            marks["evaluation ends"] = now()
            phases["evaluation"] = marks["evaluation ends"] - marks["evaluation starts"]

    run._train_and_evaluate = train_and_evaluate
    real_close = frozen_cache.FrozenOutputs.close

    def close(self):
        t0 = now()
        try:
            return real_close(self)
        finally:
            phases["close the cache (writes, trim)"] += now() - t0

    frozen_cache.FrozenOutputs.close = close
    real_init = steps_module.TrainingSteps.__init__

    def steps_init(self, *args, **kwargs):
        t0 = now()
        real_init(self, *args, **kwargs)
        phases["build the compiled pieces (split, optimizer)"] += now() - t0
        for name in ("augment", "features", "val_logits", "head_step"):
            setattr(self, name, counted(getattr(self, name), name))

    steps_module.TrainingSteps.__init__ = steps_init
    real_unfreeze = steps_module.TrainingSteps.unfreeze

    def unfreeze(self, rate):
        real_unfreeze(self, rate)
        self.fine_step = counted(self.fine_step, "fine_step")

    steps_module.TrainingSteps.unfreeze = unfreeze


def main() -> int:
    out_path = Path(sys.argv[1])
    install_cli()
    import core.cli as cli
    status = cli.main(sys.argv[2:])
    marks["saved, reported"] = now()
    figures = {
        "phases": dict(phases), "marks": {k: v for k, v in marks.items() if v >= 0},
        "calls": {name: {"count": len(times), "first": times[0],
                         "rest_mean": (sum(times[1:]) / (len(times) - 1)) if len(times) > 1
                         else 0.0, "total": sum(times)}
                  for name, times in calls.items() if times},
    }
    out_path.write_text(json.dumps(figures, indent=1))
    return status


if __name__ == "__main__":
    sys.exit(main())
