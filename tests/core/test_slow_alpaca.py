"""The real thing: the command line on ../shared/datasets/alpaca with the ImageNet weights.

Each command runs in its own process, as a person runs it; the process inherits
the tests' temporary, writable ``KERAS_HOME`` that links the shared weights.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from core.photo_cache import CACHE_ENV
from tests.badfiles import PHOTOS_IN_FOLDER_JPG, REASON_WORDS, SKIPPED_NAMES, add_bad_files
from tests.core.tiny_runs import snapshot

pytestmark = pytest.mark.slow

REPO = Path(__file__).resolve().parents[2]
ALPACAS, OTHERS = 142, 185
# Issue 13's bar is a mean over six seeds (benchmarks/bench_accuracy.py: 0.951 with the
# default rotation 0.05, lowest seed 0.933; 0.919 with the recipe's 0.2), not one split of
# 60 photos, where one photo is 1.7 points: so no single-split 0.95 is asserted here. The
# final score must beat the best final score the plain recipe reached on this machine (0.85;
# it went as low as 0.38). The frozen-phase floor catches a top that starts from random
# weights again (0.73 then, 0.90 from zero).
RECIPE_BEST_FINAL = 0.85
FROZEN_FLOOR = 0.85


@pytest.fixture(scope="module")
def alpaca_cache(tmp_path_factory) -> Path:
    """One photo cache for this module's runs, as a person's own cache serves their next run."""
    return tmp_path_factory.mktemp("alpaca-photo-cache")


@pytest.fixture(autouse=True)
def photo_cache(alpaca_cache: Path, monkeypatch) -> Path:
    """Instead of tests/core's empty cache per test: the bad-files run below reads the decoded
    alpacas and their frozen features that an earlier run here cached (46 s instead of 83 s at
    load 5) and computes only what is new; run alone, it computes everything and asserts the
    same."""
    monkeypatch.setenv(CACHE_ENV, str(alpaca_cache))
    return alpaca_cache


def _cli(*argv, timeout: float = 1800) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    assert env.get("KERAS_HOME"), "conftest.py sets KERAS_HOME for the ImageNet weights"
    return subprocess.run([sys.executable, "-m", "core.cli", *map(str, argv)], cwd=REPO,
                          env=env, capture_output=True, text=True, timeout=timeout)


def _photos_state(root: Path) -> dict:
    """The class folders' files: the input photos, which nothing may change.

    Not the whole folder: the app keeps a workspace's runs in ``.alpaca-studio``
    beside the class folders, and other processes may be using this data set.
    """
    return {name: snapshot(root / name) for name in ("alpaca", "not alpaca")}


def _json(done: subprocess.CompletedProcess):
    assert done.returncode == 0, done.stderr[-3000:]
    return json.loads(done.stdout)  # exactly one document, nothing else on stdout


def test_training_with_the_defaults_beats_the_plain_recipe(alpaca_dir, imagenet_weights_available,
                                                             tmp_path):
    before = _photos_state(alpaca_dir)
    run_dir = tmp_path / "run"
    document = _json(_cli("train", alpaca_dir, "--out", run_dir, "--json"))
    accuracy = document["val_accuracy"]
    print(f"\nalpaca, defaults (5 + 5 epochs, 160 px, seed 42): val_accuracy {accuracy:.4f}, "
          f"after the frozen phase {document['val_accuracy_frozen']:.4f}, "
          f"{document['validation']} validation photos, {document['total_seconds']:.0f} s")
    assert document["counts"] == {"alpaca": ALPACAS, "not alpaca": OTHERS}
    assert document["skipped"] == []
    assert document["train"] + document["validation"] == ALPACAS + OTHERS
    assert 0.16 <= document["validation"] / (ALPACAS + OTHERS) <= 0.24
    assert [h["phase"] for h in document["history"]] == ["frozen"] * 5 + ["fine_tune"] * 5
    assert (run_dir / "model.keras").is_file() and (run_dir / "metadata.json").is_file()
    metadata = json.loads((run_dir / "metadata.json").read_text(encoding="utf-8"))
    assert metadata["image_size"] == 160 and metadata["training"]["seed"] == 42
    assert _photos_state(alpaca_dir) == before
    assert accuracy > RECIPE_BEST_FINAL, (
        f"validation accuracy {accuracy:.4f} does not beat the plain recipe's best final "
        f"score here, {RECIPE_BEST_FINAL}")
    assert document["val_accuracy_frozen"] >= FROZEN_FLOOR, (
        f"after the frozen phase {document['val_accuracy_frozen']:.4f}, "
        f"below the floor of {FROZEN_FLOOR}")


def test_bad_files_are_named_skipped_in_training_and_reported_in_prediction(
        alpaca_dir, imagenet_weights_available, tmp_path):
    data = Path(shutil.copytree(alpaca_dir, tmp_path / "alpaca", symlinks=True))
    add_bad_files(data / "alpaca")
    before = snapshot(data)
    bad = {data / "alpaca" / name: REASON_WORDS[name] for name in SKIPPED_NAMES}

    check = _json(_cli("check", data, "--json"))
    reasons = {Path(item["path"]): item["reason"] for item in check["skipped"]}
    assert set(reasons) == set(bad)
    for path, word in bad.items():
        assert word in reasons[path], (path.name, reasons[path])
    assert check["counts"] == {"alpaca": ALPACAS + PHOTOS_IN_FOLDER_JPG, "not alpaca": OTHERS}

    run_dir = tmp_path / "run"
    train = _json(_cli("train", data, "--out", run_dir, "--json",
                       "--frozen-epochs", 1, "--fine-tune-epochs", 1))
    assert {Path(item["path"]) for item in train["skipped"]} == set(bad)
    assert train["counts"] == check["counts"]
    assert train["train"] + train["validation"] == ALPACAS + PHOTOS_IN_FOLDER_JPG + OTHERS

    records = _json(_cli("predict", run_dir, data / "alpaca", "--json"))
    by_path = {Path(r["path"]): r for r in records}
    assert len(by_path) == len(records)
    assert {path for path, r in by_path.items() if "error" in r} == set(bad)
    for path, word in bad.items():
        assert word in by_path[path]["error"], (path.name, by_path[path]["error"])
    answers = [r for path, r in by_path.items() if path not in bad]
    assert len(answers) == ALPACAS + PHOTOS_IN_FOLDER_JPG
    assert all(r["label"] in ("alpaca", "not alpaca") and 0.5 <= r["probability"] <= 1
               for r in answers)
    # Even after 1 + 1 epochs the model calls most of the alpacas it trained on alpacas.
    real = [r for r in answers if Path(r["path"]).parent == data / "alpaca"]
    assert sum(r["label"] == "alpaca" for r in real) > 0.5 * len(real)

    assert snapshot(data) == before
