"""`train --strategy`: the same run on two logical CPU devices, and on two worker processes.

TensorFlow sets its devices and its cluster up once per process, so every run
under a strategy is a process of its own (`alpaca-studio train`, as a person
starts it); random weights and tiny generated photos keep each to seconds.
"""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from core.cli import main
from core.distribute import CPU_DEVICES_ENV, TF_CONFIG_ENV
from core.model_files import load_model
from core.run_index import COMPLETE_FILE
from tests.core.test_cli import _run
from tests.core.tiny_runs import make_dataset

REPO = Path(__file__).resolve().parents[2]
# Dropout off: replicas draw their dropout masks on their own share of a batch, so only
# without it is the distributed run the single-device run to the rounding.
TRAIN = ("--weights", "none", "--frozen-epochs", "1", "--fine-tune-epochs", "1",
         "--batch-size", "10", "--dropout", "0", "--json")


def _engine(logs: Path, *argv, env: dict[str, str] | None = None) -> subprocess.Popen:
    """`alpaca-studio` in a process of its own; its stdout and stderr go to files in `logs`."""
    logs.mkdir(parents=True)
    with open(logs / "out", "w") as out, open(logs / "err", "w") as err:
        process = subprocess.Popen(
            [sys.executable, "-m", "core.cli", *map(str, argv)], cwd=REPO, stdout=out,
            stderr=err, env={**os.environ, "TF_CPP_MIN_LOG_LEVEL": "3", **(env or {})})
    process.logs = logs
    return process


def _finished(process: subprocess.Popen, timeout: float = 300) -> tuple[int, dict, str]:
    try:
        process.wait(timeout=timeout)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()
        pytest.fail(f"the run did not end within {timeout} s: "
                    f"{(process.logs / 'err').read_text()[-2000:]}")
    out, err = (process.logs / "out").read_text(), (process.logs / "err").read_text()
    assert out.strip(), err[-2000:]
    return process.returncode, json.loads(out), err


def _losses(document: dict) -> list[float]:
    """Training then validation loss of each epoch."""
    return [e["loss"] for e in document["history"]] + [
        e["val_loss"] for e in document["history"]]


def _free_ports(count: int) -> list[int]:
    sockets = [socket.socket() for _ in range(count)]
    try:
        for s in sockets:
            s.bind(("localhost", 0))
        return [s.getsockname()[1] for s in sockets]
    finally:
        for s in sockets:
            s.close()


def test_cpu_devices_are_split_before_tensorflow_starts_and_a_late_split_says_so():
    script = (
        "import os, tensorflow as tf\n"
        "from core.distribute import configure_cpu_devices, make_strategy\n"
        "from core.errors import CoreError\n"
        "print(make_strategy('mirrored').num_replicas_in_sync)\n"
        "print(len(tf.config.list_logical_devices('CPU')))\n"
        f"os.environ['{CPU_DEVICES_ENV}'] = '3'\n"
        "try:\n"
        "    configure_cpu_devices()\n"
        "except CoreError as error:\n"
        "    print(error)\n")
    done = subprocess.run([sys.executable, "-c", script], cwd=REPO, capture_output=True,
                          text=True, timeout=120,
                          env={**os.environ, CPU_DEVICES_ENV: "2", "TF_CPP_MIN_LOG_LEVEL": "3"})
    lines = done.stdout.splitlines()
    assert done.returncode == 0, done.stderr[-2000:]
    assert lines[:2] == ["2", "2"]
    assert f"{CPU_DEVICES_ENV}=3 came too late" in lines[2]


def test_a_cpu_device_count_that_is_not_a_number_is_refused_in_plain_words(tmp_path,
                                                                            monkeypatch):
    monkeypatch.setenv(CPU_DEVICES_ENV, "two")
    status, _, err = _run("train", make_dataset(tmp_path / "data"), "--out", tmp_path / "run",
                          "--strategy", "mirrored", *TRAIN)
    assert status == 1
    assert f"{CPU_DEVICES_ENV}=two is not a number of devices" in err
    assert not (tmp_path / "run").exists()


def test_multi_worker_without_a_cluster_is_refused_before_any_work(tmp_path, monkeypatch):
    monkeypatch.delenv(TF_CONFIG_ENV, raising=False)
    status, _, err = _run("train", make_dataset(tmp_path / "data"), "--out", tmp_path / "run",
                          "--strategy", "multi-worker", *TRAIN)
    assert status == 1
    assert "needs TF_CONFIG" in err.splitlines()[-1]
    assert not (tmp_path / "run").exists()
    monkeypatch.setenv(TF_CONFIG_ENV, '{"cluster": {"worker": ["localhost:1"]}}')
    status, _, err = _run("train", tmp_path / "data", "--out", tmp_path / "run",
                          "--strategy", "multi-worker", *TRAIN)
    assert status == 1 and "TF_CONFIG is not a cluster description" in err


def test_an_unknown_strategy_is_a_usage_error():
    assert main(["train", "photos", "--out", "run", "--strategy", "parameter-server"]) == 2


@pytest.mark.slow
def test_mirrored_on_two_cpu_devices_trains_as_one_device_does(tmp_path):
    data = make_dataset(tmp_path / "data")
    status, single, _ = _run("train", data, "--out", tmp_path / "single", *TRAIN)
    assert status == 0
    single = json.loads(single)
    status, document, err = _finished(_engine(
        tmp_path / "logs", "train", data, "--out", tmp_path / "mirrored", "--strategy",
        "mirrored", *TRAIN, env={CPU_DEVICES_ENV: "2"}))
    assert status == 0, err[-2000:]
    assert document["replicas"] == 2 and single["replicas"] == 1
    # The batch is the global batch: both halves' gradients make the one-device step.
    assert _losses(document) == pytest.approx(_losses(single), rel=1e-4)
    assert document["val_correct"] == single["val_correct"]
    assert err.count("Epoch ") == 2  # the progress events still arrive
    assert (tmp_path / "mirrored" / COMPLETE_FILE).is_file()
    # An ordinary run: it opens on one device, in this process, like any other.
    assert load_model(tmp_path / "mirrored").class_names == ("alpaca", "not alpaca")


@pytest.mark.slow
def test_two_worker_processes_save_exactly_one_complete_run(tmp_path):
    data = make_dataset(tmp_path / "data")
    runs = tmp_path / "runs"
    runs.mkdir()
    cluster = {"worker": [f"localhost:{port}" for port in _free_ports(2)]}
    # Worker 1 as a person reads it (text), the chief as a program does (--json).
    workers = [
        _engine(tmp_path / f"worker-{i}", "train", data, "--out", runs / "run", "--strategy",
                "multi-worker", *(TRAIN if i == 0 else TRAIN[:-1]),
                env={TF_CONFIG_ENV: json.dumps({"cluster": cluster,
                                                "task": {"type": "worker", "index": i}})})
        for i in range(2)]
    status0, chief, err0 = _finished(workers[0])
    workers[1].wait(timeout=120)
    out1, err1 = ((tmp_path / "worker-1" / name).read_text() for name in ("out", "err"))
    assert status0 == 0, err0[-2000:]
    assert workers[1].returncode == 0, err1[-2000:]
    assert chief["replicas"] == 2 and chief["run_dir"] == str(runs / "run")
    assert "Trained with 2 replicas in step" in out1
    assert "Not saved by worker 1: the chief of the cluster saves the run" in out1
    # One model trained in step: both workers report the same epochs, as they happen.
    epochs = [line for line in err0.splitlines() if line.startswith("Epoch ")]
    assert len(epochs) == 2
    assert [line for line in err1.splitlines() if line.startswith("Epoch ")] == epochs
    # One run, complete; nothing else in the runs folder (no second run, no hidden leftovers).
    assert sorted(p.name for p in runs.iterdir()) == ["run"]
    assert (runs / "run" / COMPLETE_FILE).is_file()
    metadata = json.loads((runs / "run" / "metadata.json").read_text())
    assert metadata["metrics"]["correct"] == chief["val_correct"]


@pytest.mark.slow
def test_workers_with_different_photos_all_stop_at_once_and_save_nothing(tmp_path):
    data = [make_dataset(tmp_path / f"data-{i}") for i in range(2)]
    next((data[1] / "alpaca").iterdir()).unlink()  # one photo fewer on the second machine
    runs = tmp_path / "runs"
    runs.mkdir()
    cluster = {"worker": [f"localhost:{port}" for port in _free_ports(2)]}
    workers = [
        _engine(tmp_path / f"worker-{i}", "train", data[i], "--out", runs / "run",
                "--strategy", "multi-worker", *TRAIN,
                env={TF_CONFIG_ENV: json.dumps({"cluster": cluster,
                                                "task": {"type": "worker", "index": i}})})
        for i in range(2)]
    for worker in workers:
        status, document, err = _finished(worker, timeout=180)
        assert status == 1, err[-2000:]
        assert "do not have the same photos or settings" in document["error"]
    assert list(runs.iterdir()) == []
