"""A stand-in for the training engine: the same `TrainProgress` events, much faster."""

from __future__ import annotations

import time
from pathlib import Path

import numpy as np

from app.steps.train.jobs import TrainOutcome
from core.dataset import check_dataset
from core.errors import TrainingCancelled
from core.evaluation import evaluate_predictions

# TF-free, as the window is: a fake run does not wait for TensorFlow to be imported.
from core.train_progress import PHASE_TITLES, TrainProgress


def fake_engine(*, batches: int = 4, delay: float = 0.02, error: BaseException | None = None,
                fail_after_epochs: int = 0, calls: list | None = None,
                prepare_seconds: float = 0.0):
    """A `job_factory` for the Train page's `TrainSession`: reports like `core.training` does.

    `error` is raised after the photo check (or after `fail_after_epochs` epochs).
    `prepare_seconds`: how long "preparing" (loading MobileNetV2) lasts without a word,
    as the real engine's does.
    """

    def factory(data_dir: Path, config, runs_dir: Path):
        if calls is not None:
            calls.append((data_dir, config, runs_dir))

        def job(on_progress, should_stop):
            start = time.perf_counter()

            def stage(phase: str, fraction: float = 0.0) -> None:
                on_progress(TrainProgress("stage", phase, PHASE_TITLES[phase],
                                          fraction=fraction,
                                          elapsed=time.perf_counter() - start))

            stage("checking")
            report = check_dataset(data_dir, should_stop=should_stop)
            stage("preparing")
            silent_until = time.perf_counter() + prepare_seconds
            while time.perf_counter() < silent_until:
                if should_stop():
                    raise TrainingCancelled("Training was cancelled; no model was saved.")
                time.sleep(0.02)
            total = config.frozen_epochs + config.fine_tune_epochs
            steps = total * batches
            for epoch in range(1, total + 1):
                if error is not None and epoch > fail_after_epochs:
                    raise error
                phase = "frozen" if epoch <= config.frozen_epochs else "fine_tune"
                for batch in range(1, batches + 1):
                    time.sleep(delay)
                    if should_stop():
                        raise TrainingCancelled("Training was cancelled; no model was saved.")
                    done = ((epoch - 1) * batches + batch) / steps
                    elapsed = time.perf_counter() - start
                    on_progress(TrainProgress(
                        "batch", phase, PHASE_TITLES[phase], epoch=epoch, epochs=total,
                        batch=batch, batches=batches, loss=1.0 / (epoch + batch),
                        accuracy=0.5 + 0.04 * epoch, batch_loss=1.2 / (epoch + batch),
                        fraction=done * 0.95, elapsed=elapsed,
                        eta=elapsed * (1 - done) / done))
                on_progress(TrainProgress(
                    "epoch", phase, PHASE_TITLES[phase], epoch=epoch, epochs=total,
                    loss=1.0 / (epoch + 1), accuracy=0.5 + 0.04 * epoch,
                    val_loss=0.9 / (epoch + 1), val_accuracy=0.55 + 0.04 * epoch,
                    fraction=epoch / total * 0.95, elapsed=time.perf_counter() - start))
            if error is not None:
                raise error
            stage("evaluating", 0.97)
            evaluation = _evaluation(report)
            stage("done", 1.0)
            return TrainOutcome(
                run_dir=runs_dir / "fake-run", summary=evaluation.summary(),
                evaluation=evaluation.to_dict(), class_names=report.class_names,
                history=(), best_epoch=total, val_accuracy=evaluation.accuracy,
                total_seconds=time.perf_counter() - start)

        return job

    return factory


def _evaluation(report):
    """Every fourth photo as validation; the first of each class answered wrong."""
    photos = report.photos[::4]
    labels = [photo.label for photo in photos]
    n = len(report.class_names)
    probabilities = np.full((len(photos), n), 0.1 / max(n - 1, 1))
    seen = set()
    for row, label in enumerate(labels):
        answer = label if label in seen else (label + 1) % n
        seen.add(label)
        probabilities[row] = 0.1 / max(n - 1, 1)
        probabilities[row, answer] = 0.9 - 0.01 * row
    return evaluate_predictions(report.class_names, [p.path for p in photos], labels,
                                probabilities / probabilities.sum(axis=1, keepdims=True))
