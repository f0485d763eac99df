"""Training on tiny generated photos (random weights, 96 px, 1 + 1 epochs): what a person sees."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from collections import Counter
from pathlib import Path

import numpy as np
import pytest

from core.errors import DatasetError, TrainingCancelled, WeightsError
from core.model import weights_file_name
from core.train_config import TrainConfig
from core.training import (
    PHASE_CHECKING,
    PHASE_DONE,
    PHASE_EVALUATING,
    PHASE_FINE_TUNE,
    PHASE_FROZEN,
    PHASE_PREPARING,
    train_classifier,
)
from tests.badfiles import IGNORED_NAMES, PHOTOS_IN_FOLDER_JPG, SKIPPED_NAMES
from tests.core.tiny_runs import BINARY_CONFIG, PER_CLASS, binary_run, make_dataset, shared

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def run(tmp_path_factory):
    return binary_run(tmp_path_factory)


# -- the result --------------------------------------------------------------------------------
def test_evaluation_counts_match_the_validation_split(run):
    result = run.result
    report, split, evaluation = result.report, result.split, result.evaluation
    assert sorted(split.train.tolist() + split.validation.tolist()) == list(
        range(len(report.photos)))
    assert evaluation.total == len(split.validation) > 0
    assert [p.path for p in evaluation.predictions] == [
        report.photos[i].path for i in split.validation]
    per_class = Counter(report.photos[i].label for i in split.validation)
    confusion = np.array(evaluation.confusion)
    assert confusion.shape == (2, 2)
    assert confusion.sum(axis=1).tolist() == [per_class[0], per_class[1]]
    assert evaluation.correct == int(np.trace(confusion))
    assert evaluation.accuracy == pytest.approx(evaluation.correct / evaluation.total)
    assert result.val_accuracy == evaluation.accuracy
    for prediction in evaluation.predictions:
        assert sum(prediction.probabilities) == pytest.approx(1.0)
        assert prediction.true_label == report.photos[
            split.validation[evaluation.predictions.index(prediction)]].label


def test_history_has_the_frozen_epochs_then_the_fine_tune_epochs(run):
    result = run.result
    assert [(r.phase, r.epoch) for r in result.history] == [(PHASE_FROZEN, 1),
                                                            (PHASE_FINE_TUNE, 2)]
    assert result.val_accuracy_frozen == result.history[0].val_accuracy
    assert result.best_epoch in (1, 2)
    for record in result.history:
        assert np.isfinite([record.loss, record.accuracy, record.val_loss,
                            record.val_accuracy]).all()
        assert 0.0 <= record.val_accuracy <= 1.0
    assert result.seconds_frozen > 0 and result.seconds_fine_tune > 0
    assert result.total_seconds >= result.seconds_frozen + result.seconds_fine_tune
    assert result.class_names == ("alpaca", "not alpaca")


def test_the_model_takes_plain_photos_and_gives_one_probability(run):
    model = run.result.model
    assert tuple(model.input_shape) == (None, 96, 96, 3)
    assert tuple(model.output_shape) == (None, 1)


def test_progress_events_arrive_in_order(run):
    events = run.events
    stages = [e.phase for e in events if e.kind == "stage"]
    assert stages == [PHASE_CHECKING, PHASE_PREPARING, PHASE_EVALUATING, PHASE_DONE]
    assert events[0].kind == "stage" and events[-1].kind == "stage"
    assert events[-1].phase == PHASE_DONE
    # After the check: the frozen epoch's batches, its epoch event, then the fine-tune ones.
    training = [e for e in events if e.phase in (PHASE_FROZEN, PHASE_FINE_TUNE)]
    phases = [e.phase for e in training]
    assert phases == sorted(phases, key=[PHASE_FROZEN, PHASE_FINE_TUNE].index)
    for phase, epoch in ((PHASE_FROZEN, 1), (PHASE_FINE_TUNE, 2)):
        own = [e for e in training if e.phase == phase]
        assert [e.kind for e in own] == ["batch"] * (len(own) - 1) + ["epoch"]
        batches = own[:-1]
        assert [e.batch for e in batches] == list(range(1, len(batches) + 1))
        assert {e.batches for e in batches} == {len(batches)}
        assert {(e.epoch, e.epochs) for e in own} == {(epoch, 2)}
        assert own[-1].val_accuracy is not None and own[-1].val_loss is not None
        assert all(e.loss is not None and np.isfinite(e.loss) for e in own)
    # Each phase runs over every training photo (here in one batch of them all).
    n_train = len(run.result.split.train)
    for phase in (PHASE_FROZEN, PHASE_FINE_TUNE):
        assert sum(1 for e in training if e.kind == "batch" and e.phase == phase) == (
            -(-n_train // BINARY_CONFIG["batch_size"]))


def test_progress_fraction_never_goes_back_and_ends_at_one(run):
    fractions = [e.fraction for e in run.events]
    assert all(0.0 <= f <= 1.0 for f in fractions)
    assert fractions == sorted(fractions)
    assert fractions[-1] == 1.0
    elapsed = [e.elapsed for e in run.events]
    assert elapsed == sorted(elapsed)


def test_bad_files_are_skipped_with_reasons_and_the_good_photos_train(run):
    report = run.result.report
    alpaca = run.root / "alpaca"
    assert sorted(s.path for s in report.skipped) == sorted(alpaca / n for n in SKIPPED_NAMES)
    assert all(s.reason for s in report.skipped)
    names = {p.path.name for p in report.photos}
    assert not names & set(SKIPPED_NAMES) and not names & set(IGNORED_NAMES)
    assert report.counts == {"alpaca": PER_CLASS + PHOTOS_IN_FOLDER_JPG,
                             "not alpaca": PER_CLASS}
    assert len(run.result.split.train) + len(run.result.split.validation) == len(report.photos)


def test_training_changes_no_file_in_the_photo_folder(run):
    assert run.after == run.before


def test_same_seed_gives_identical_metrics(run):
    again = train_classifier(run.root, TrainConfig(**BINARY_CONFIG))
    first = run.result
    assert again.split.train.tolist() == first.split.train.tolist()
    assert again.split.validation.tolist() == first.split.validation.tolist()
    assert [r.__dict__ | {"seconds": 0} for r in again.history] == [
        r.__dict__ | {"seconds": 0} for r in first.history]
    assert again.evaluation.confusion == first.evaluation.confusion
    assert [p.probabilities for p in again.evaluation.predictions] == [
        p.probabilities for p in first.evaluation.predictions]


# -- more than two classes -----------------------------------------------------------------
@pytest.fixture(scope="module")
def three_classes(tmp_path_factory):
    def make():
        root = make_dataset(tmp_path_factory.mktemp("three") / "photos",
                            ("cat", "dog", "llama"), per_class=8)
        # The frozen phase only: the fine-tune phase shares its loss and metric with it.
        config = TrainConfig(**{**BINARY_CONFIG, "fine_tune_epochs": 0})
        return train_classifier(root, config)

    return shared("three-classes", make)


def test_three_classes_train_with_a_softmax_head(three_classes):
    result = three_classes
    assert result.class_names == ("cat", "dog", "llama")
    assert tuple(result.model.output_shape) == (None, 3)
    out = result.model.predict_on_batch(np.full((4, 96, 96, 3), 90.0, np.float32))
    assert np.allclose(out.sum(axis=1), 1.0, atol=1e-5)
    confusion = np.array(result.evaluation.confusion)
    assert confusion.shape == (3, 3)
    assert confusion.sum(axis=1).tolist() == [
        sum(1 for i in result.split.validation if result.report.photos[i].label == label)
        for label in range(3)]
    assert all(row.sum() >= 1 for row in confusion)  # every class is validated
    assert [r.phase for r in result.history] == [PHASE_FROZEN]
    assert result.seconds_fine_tune < result.seconds_frozen
    assert len(result.evaluation.precision) == len(result.evaluation.recall) == 3


# -- cancelling ----------------------------------------------------------------------------
def test_cancel_stops_within_one_batch_and_gives_no_result(tmp_path):
    root = make_dataset(tmp_path / "photos", per_class=16)
    stop_after = 2
    batches_seen: list[tuple[str, int]] = []
    asked_at: list[int] = []

    def on_progress(event) -> None:
        if event.kind == "batch" and event.phase in (PHASE_FROZEN, PHASE_FINE_TUNE):
            batches_seen.append((event.phase, event.batch))

    def should_stop() -> bool:
        if len(batches_seen) >= stop_after:
            asked_at.append(len(batches_seen))
            return True
        return False

    config = TrainConfig(**{**BINARY_CONFIG, "batch_size": 4})
    with pytest.raises(TrainingCancelled, match="cancelled"):
        train_classifier(root, config, on_progress=on_progress, should_stop=should_stop)
    assert asked_at, "should_stop was never asked after the batches"
    # Several batches per epoch here: stopping after the second cuts the first epoch short.
    assert len(batches_seen) <= asked_at[0] + 1
    assert all(phase == PHASE_FROZEN for phase, _ in batches_seen)
    assert [batch for _, batch in batches_seen] == list(range(1, len(batches_seen) + 1))


def test_cancel_during_the_photo_check_stops_before_training(tmp_path):
    root = make_dataset(tmp_path / "photos", per_class=16)
    kinds: list[str] = []
    with pytest.raises(TrainingCancelled):
        train_classifier(root, TrainConfig(**BINARY_CONFIG),
                         on_progress=lambda e: kinds.append(e.phase),
                         should_stop=lambda: len(kinds) > 3)
    assert PHASE_FROZEN not in kinds and PHASE_PREPARING not in kinds


# -- what cannot be trained ----------------------------------------------------------------
def test_too_few_photos_is_a_dataset_error_in_plain_words(tmp_path):
    root = make_dataset(tmp_path / "photos", per_class=6)
    for path in sorted((root / "not alpaca").iterdir())[1:]:
        path.unlink()
    with pytest.raises(DatasetError) as caught:
        train_classifier(root, TrainConfig(**BINARY_CONFIG))
    message = str(caught.value)
    assert "'not alpaca'" in message and "1 readable photo" in message
    assert "at least 2" in message


def test_a_single_class_folder_is_a_dataset_error(tmp_path):
    root = make_dataset(tmp_path / "photos", ("alpaca",), per_class=6)
    with pytest.raises(DatasetError, match="at least two class folders"):
        train_classifier(root, TrainConfig(**BINARY_CONFIG))


def test_a_missing_folder_is_a_dataset_error(tmp_path):
    with pytest.raises(DatasetError, match="does not exist"):
        train_classifier(tmp_path / "nowhere", TrainConfig(**BINARY_CONFIG))


def test_a_weights_file_that_does_not_exist_is_named(tmp_path):
    root = make_dataset(tmp_path / "photos", per_class=4)
    config = TrainConfig(**{**BINARY_CONFIG, "weights": "/nonexistent.h5"})
    with pytest.raises(WeightsError) as caught:
        train_classifier(root, config)
    assert "/nonexistent.h5" in str(caught.value)
    assert "does not exist" in str(caught.value)


def test_a_file_that_is_not_weights_is_named(tmp_path):
    root = make_dataset(tmp_path / "photos", per_class=4)
    fake = tmp_path / "weights.h5"
    fake.write_text("not weights")
    with pytest.raises(WeightsError) as caught:
        train_classifier(root, TrainConfig(**{**BINARY_CONFIG, "weights": str(fake)}))
    assert str(fake) in str(caught.value)
    assert weights_file_name(96) in str(caught.value)


def test_offline_without_cached_imagenet_weights_tells_a_person_what_to_do(tmp_path):
    # Keras reads KERAS_HOME when it is imported, so this runs in a fresh process
    # with an empty, writable Keras home; nothing here reaches the download host.
    root = make_dataset(tmp_path / "photos", per_class=4)
    home = tmp_path / "keras-home"
    home.mkdir()
    script = textwrap.dedent(f"""
        import json
        from core.errors import WeightsError
        from core.train_config import TrainConfig
        from core.training import train_classifier
        config = TrainConfig(frozen_epochs=1, fine_tune_epochs=0, image_size=96)
        try:
            train_classifier({str(root)!r}, config)
        except WeightsError as error:
            print("RESULT" + json.dumps({{"type": "WeightsError", "message": str(error)}}))
        except Exception as error:
            print("RESULT" + json.dumps({{"type": type(error).__name__, "message": str(error)}}))
        else:
            print("RESULT" + json.dumps({{"type": None}}))
    """)
    env = {k: v for k, v in os.environ.items() if k != "ALPACA_STUDIO_WEIGHTS"}
    env.update(KERAS_HOME=str(home), PYTHONPATH=str(REPO), TF_CPP_MIN_LOG_LEVEL="3")
    done = subprocess.run([sys.executable, "-c", script], cwd=REPO, env=env,
                          capture_output=True, text=True, timeout=180)
    line = next(line for line in done.stdout.splitlines() if line.startswith("RESULT"))
    outcome = json.loads(line[len("RESULT"):])
    assert outcome["type"] == "WeightsError", (outcome, done.stderr[-2000:])
    message = outcome["message"]
    assert "internet" in message.lower()
    assert weights_file_name(96) in message
    assert "--weights" in message
    assert "Traceback" not in message
    assert not list((home / "models").glob("*.h5"))


@pytest.mark.parametrize("change, named", [
    ({"image_size": 100}, "image_size=100"),
    ({"frozen_epochs": -1}, "frozen_epochs=-1"),
    ({"frozen_epochs": 0, "fine_tune_epochs": 0}, "fine_tune_epochs=0"),
    ({"fine_tune_at": 154}, "fine_tune_at=154"),
    ({"validation_split": 1.0}, "validation_split=1.0"),
    ({"batch_size": 0}, "batch_size=0"),
    ({"augmented_versions": 0}, "augmented_versions=0"),
])
def test_a_bad_setting_is_refused_by_name(change, named):
    with pytest.raises(ValueError, match=named):
        TrainConfig(**change)
