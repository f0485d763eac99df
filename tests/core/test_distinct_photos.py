"""Copies of the same photo count once: a class of copies is refused before anything trains."""

from __future__ import annotations

import contextlib
import io
import json
import shutil
from pathlib import Path

import numpy as np
import pytest

from core.cli import main
from core.dataset import check_dataset
from core.errors import DatasetError
from core.evaluation import loss_and_accuracy
from core.split import Split
from core.train_config import TrainConfig
from core.training import PHASE_FROZEN, PHASE_PREPARING, train_classifier
from tests.badfiles import add_distinct_photos
from tests.core.tiny_runs import BINARY_CONFIG, make_dataset

# With these seeds the reviewer saw the copies-only set train with no validation photo
# (42) and with no training photo (11).
SEEDS = (42, 11)


def _run(monkeypatch, *argv) -> tuple[int, str, str]:
    """The command line in this process: (exit status, stdout, stderr)."""
    # Keeps `main` off this process's file descriptor 2 (its filter is for a real process).
    monkeypatch.setenv("ALPACA_STUDIO_DEBUG", "1")
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        status = main([str(a) for a in argv])
    return status, out.getvalue(), err.getvalue()


def _strict_json(text: str):
    def refuse(constant: str):
        raise ValueError(f"not strict JSON: {constant}")

    return json.loads(text, parse_constant=refuse)


def _copies_only(root: Path) -> Path:
    """Class 'a': two byte-identical copies of one photo; class 'b': two of another."""
    for number, name in enumerate(("a", "b")):
        (original,) = add_distinct_photos(root / name, 1, first=100 * number)
        shutil.copyfile(original, original.with_name("copy.png"))
    return root


def test_the_check_refuses_a_class_of_copies_and_says_copies_count_once(tmp_path):
    report = check_dataset(_copies_only(tmp_path))
    assert report.counts == {"a": 2, "b": 2}  # copies are still readable photos
    problems = report.problems_for_training()
    assert len(problems) == 2
    for name, problem in zip(("a", "b"), problems):
        assert f"Class '{name}'" in problem
        assert "copies of the same photo" in problem and "count once" in problem
        assert "at least 2 different photos" in problem


def test_the_few_photos_warning_counts_copies_once(tmp_path):
    alpacas = add_distinct_photos(tmp_path / "alpaca", 5)
    for i in range(20):
        shutil.copyfile(alpacas[0], alpacas[0].with_name(f"copy {i}.png"))
    add_distinct_photos(tmp_path / "not alpaca", 25, first=1000)
    report = check_dataset(tmp_path)
    assert report.counts == {"alpaca": 25, "not alpaca": 25}
    few = [w for w in report.warnings if "only" in w and "different photo" in w]
    assert len(few) == 1, report.warnings
    assert "'alpaca' has only 5 different photos" in few[0]
    assert "20 exact copies" in few[0]
    assert report.problems_for_training() == []  # few is a warning, not a refusal


def test_the_command_line_check_says_the_copies_cannot_train(tmp_path, monkeypatch):
    status, out, _ = _run(monkeypatch, "check", _copies_only(tmp_path / "dup"))
    assert status == 1
    assert "Cannot train: Class 'a'" in out and "Cannot train: Class 'b'" in out
    status, out, _ = _run(monkeypatch, "check", tmp_path / "dup", "--json")
    document = _strict_json(out)
    assert status == 1 and document["trainable"] is False
    assert document["distinct_counts"] == {"a": 1, "b": 1}


@pytest.mark.parametrize("seed", SEEDS)
def test_training_on_copies_is_a_dataset_error_before_any_training(tmp_path, seed):
    root = _copies_only(tmp_path / "dup")
    phases: list[str] = []
    with pytest.raises(DatasetError) as caught:
        train_classifier(root, TrainConfig(**{**BINARY_CONFIG, "seed": seed}),
                         on_progress=lambda event: phases.append(event.phase))
    assert "Class 'a'" in str(caught.value) and "count once" in str(caught.value)
    assert PHASE_PREPARING not in phases and PHASE_FROZEN not in phases


@pytest.mark.parametrize("seed", SEEDS)
def test_the_command_line_train_on_copies_fails_and_saves_nothing(tmp_path, monkeypatch,
                                                                  seed):
    root = _copies_only(tmp_path / "dup")
    run_dir = tmp_path / "runs" / "dup"
    status, out, err = _run(monkeypatch, "train", root, "--out", run_dir, "--weights", "none",
                            "--frozen-epochs", "1", "--fine-tune-epochs", "1",
                            "--seed", seed, "--json")
    assert status == 1
    last = err.strip().splitlines()[-1]
    assert last.startswith("alpaca-studio: error: ") and "Class 'a'" in last, err
    assert "count once" in last
    # The one JSON document is the error, in JSON a strict parser reads (no NaN).
    assert _strict_json(out) == {"error": last.removeprefix("alpaca-studio: error: ")}
    assert not run_dir.exists()


@pytest.mark.parametrize("empty", ["train", "validation"])
def test_a_split_with_an_empty_side_stops_before_any_tensorflow_work(tmp_path, monkeypatch,
                                                                      empty):
    # A dataset the check accepts, and a split that leaves one side empty (what a tiny
    # dataset with an unlucky seed could do): training must refuse it, not score NaN.
    root = make_dataset(tmp_path / "photos", ("alpaca", "not alpaca"), per_class=3)
    everything = np.arange(6, dtype=np.int64)
    none = np.zeros(0, dtype=np.int64)
    split = Split(none, everything) if empty == "train" else Split(everything, none)
    monkeypatch.setattr("core.training.split_dataset", lambda *args, **kwargs: split)

    def no_model(*args, **kwargs):
        raise AssertionError("a model was built for a split with an empty side")

    monkeypatch.setattr("core.training.build_classifier", no_model)
    side = "training" if empty == "train" else "validation"
    with pytest.raises(DatasetError) as caught:
        train_classifier(root, TrainConfig(**BINARY_CONFIG))
    message = str(caught.value)
    for name in ("alpaca", "not alpaca"):
        assert f"Class '{name}' has no photo left for {side}" in message


def test_the_loss_and_accuracy_of_no_photos_is_refused_not_nan():
    with pytest.raises(ValueError, match="at least one photo"):
        loss_and_accuracy(np.zeros((0, 1)), np.zeros(0, np.int64), binary=True)
