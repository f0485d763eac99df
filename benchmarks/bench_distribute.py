"""`train --strategy mirrored` on two logical CPU devices beside the same run on one device.

    python benchmarks/bench_distribute.py [DATA] [--devices 2] [--seed 42] [--multi-worker]

Runs `alpaca-studio train DATA` (the defaults: 5 + 5 epochs, 160 px, batch 32)
twice, one after the other, each in its own process with its own empty photo
cache: on one device, then with ``ALPACA_STUDIO_CPU_DEVICES=N --strategy
mirrored``. Same seed, same split. Prints the validation photos each got
right, the difference, wall and CPU time, and peak memory, with the load
average before and after. ``--multi-worker`` adds two worker processes on
localhost ports (``--strategy multi-worker``, one device each).

Bar (issue 17): the mirrored run succeeds on N = 2 replicas and lands within
3 validation photos of the one-device run on ../shared/datasets/flowers (600 photos).
No GPU here: the logical CPU devices share the same two cores, so the times
show the cost of the strategy, not a speed-up.
"""

from __future__ import annotations

import argparse
import json
import os
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from benchmarks.bench_train import SHARED, keras_home, run_measured  # noqa: E402

BAR_PHOTOS = 3


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data", nargs="?", type=Path, default=SHARED / "datasets" / "flowers")
    parser.add_argument("--devices", type=int, default=2)
    parser.add_argument("--seed", type=int, default=42)
    parser.add_argument("--multi-worker", action="store_true",
                        help="also two worker processes on localhost")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="bench-distribute-") as folder:
        work = Path(folder)
        base_env = {**os.environ, "KERAS_HOME": str(keras_home(work)),
                    "TF_CPP_MIN_LOG_LEVEL": "3"}
        base_env.pop("ALPACA_STUDIO_CPU_DEVICES", None)
        base_env.pop("TF_CONFIG", None)
        command = [sys.executable, "-m", "core.cli", "train", str(args.data),
                   "--seed", str(args.seed), "--json"]
        load_before = os.getloadavg()
        rows = []
        single = run_measured([*command, "--out", str(work / "single")],
                              {**base_env, "ALPACA_STUDIO_CACHE": str(work / "cache-single")})
        rows.append(("one device", single))
        mirrored = run_measured(
            [*command, "--out", str(work / "mirrored"), "--strategy", "mirrored"],
            {**base_env, "ALPACA_STUDIO_CACHE": str(work / "cache-mirrored"),
             "ALPACA_STUDIO_CPU_DEVICES": str(args.devices)})
        rows.append((f"mirrored, {args.devices} CPU devices", mirrored))
        if args.multi_worker:
            rows.append(("multi-worker, 2 processes", _two_workers(command, base_env, work)))
        load_after = os.getloadavg()
        complete = (work / "mirrored" / "run-complete.json").is_file()
    report(rows, load_before, load_after, args.devices, complete)


def _two_workers(command: list[str], env: dict, work: Path) -> tuple[dict, float, float, float]:
    """Two workers of one cluster on localhost ports; the chief's result and the wall time."""
    sockets = [socket.socket() for _ in range(2)]
    for s in sockets:
        s.bind(("localhost", 0))
    ports = [s.getsockname()[1] for s in sockets]
    for s in sockets:
        s.close()
    cluster = {"worker": [f"localhost:{port}" for port in ports]}
    start = time.perf_counter()
    processes = []
    for index in range(2):
        tf_config = json.dumps({"cluster": cluster, "task": {"type": "worker", "index": index}})
        out = open(work / f"worker-{index}.out", "w")  # noqa: SIM115  (closed below)
        processes.append((subprocess.Popen(
            [*command, "--out", str(work / "multi-worker"), "--strategy", "multi-worker"],
            cwd=REPO, stdout=out, stderr=subprocess.DEVNULL,
            env={**env, "TF_CONFIG": tf_config,
                 "ALPACA_STUDIO_CACHE": str(work / f"cache-worker-{index}")}), out))
    for process, out in processes:
        process.wait()
        out.close()
        if process.returncode != 0:
            sys.exit(f"a worker failed ({process.returncode})")
    wall = time.perf_counter() - start
    chief = json.loads((work / "worker-0.out").read_text())
    return chief, wall, float("nan"), float("nan")


def report(rows, load_before, load_after, devices: int, complete: bool) -> None:
    print(f"load average before {load_before[0]:.2f}, after {load_after[0]:.2f} "
          f"(1 min; {os.cpu_count()} cores)")
    print(f"{'run':32} {'right':>9} {'accuracy':>9} {'replicas':>9} {'wall s':>8} "
          f"{'CPU s':>8} {'peak GB':>8}")
    for name, (result, wall, peak, cpu) in rows:
        # Two worker processes have no one CPU time or peak: '-' there.
        cpu_text, peak_text = ("-", "-") if cpu != cpu else (f"{cpu:.1f}", f"{peak:.2f}")
        print(f"{name:32} {result['val_correct']:>4}/{result['validation']:<4} "
              f"{result['val_accuracy']:>9.3f} {result.get('replicas', 1):>9} {wall:>8.1f} "
              f"{cpu_text:>8} {peak_text:>8}")
    single, mirrored = rows[0][1][0], rows[1][1][0]
    difference = mirrored["val_correct"] - single["val_correct"]
    ratio = rows[1][1][1] / rows[0][1][1]
    print(f"mirrored − one device: {difference:+d} photos; wall time ×{ratio:.2f}")
    passed = (abs(difference) <= BAR_PHOTOS and mirrored.get("replicas") == devices == 2
              and complete)
    print(f"bar: mirrored on 2 replicas saves a complete run within {BAR_PHOTOS} photos of "
          f"one device: {'PASS' if passed else 'FAIL'}")


if __name__ == "__main__":
    main()
