"""Training bars: Alpaca Studio vs. the plain Keras recipe, on the same machine, in one run.

    python benchmarks/bench_train.py [DATA_DIR] [--repeat 1]

Runs `benchmarks/plain_recipe.py` and `alpaca-studio train --json` (as
``python -m core.cli``) as separate processes, both 5 + 5 epochs at 160 px with
seed 42, and prints side by side, with the ratio: the time from process start
to the trained model (ours: saved; as each process measures it from the
kernel's start time), the wall time including interpreter exit, validation
accuracy and peak memory.

Bars (issue 2): our validation accuracy ≥ 0.95; our wall time ≤ 0.35 × the
recipe's; our peak memory < 2.5 GB.

The ImageNet weights come from ``../shared/keras/models`` through a writable
temporary ``KERAS_HOME`` (no network needed).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("ALPACA_SHARED", REPO.parent / "shared")).resolve()
BARS = {"val_accuracy": 0.95, "time_ratio": 0.35, "peak_gb": 2.5}


def keras_home(workdir: Path) -> Path:
    home = workdir / "keras-home"
    (home / "models").mkdir(parents=True)
    for weights in (SHARED / "keras" / "models").iterdir():
        (home / "models" / weights.name).symlink_to(weights)
    return home


def run_measured(command: list[str], env: dict) -> tuple[dict, float, float]:
    """Run `command`; return its JSON result, wall seconds and its own peak memory (GB).

    The child is reaped with wait4, which reports that one process's peak RSS.
    """
    start = time.perf_counter()
    with tempfile.TemporaryFile("w+") as out, tempfile.TemporaryFile("w+") as err:
        process = subprocess.Popen(command, cwd=REPO, env=env, stdout=out, stderr=err,
                                   text=True)
        _, status, usage = os.wait4(process.pid, 0)
        wall = time.perf_counter() - start
        process.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        stdout, stderr = out.read(), err.read()
    if process.returncode != 0:
        sys.exit(f"{' '.join(command)} failed ({process.returncode}):\n{stderr[-3000:]}")
    peak_gb = usage.ru_maxrss * 1024 / 1e9  # Linux reports KiB
    return _last_json(stdout), wall, peak_gb


def _last_json(stdout: str) -> dict:
    text = stdout.strip()
    start = text.rfind("\n{")
    return json.loads(text[start + 1:] if start >= 0 else text[text.find("{"):])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data", nargs="?", type=Path, default=SHARED / "datasets" / "alpaca")
    parser.add_argument("--repeat", type=int, default=1, help="runs of each (median reported)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="alpaca-bench-") as work:
        work = Path(work)
        env = {**os.environ, "KERAS_HOME": str(keras_home(work)), "TF_CPP_MIN_LOG_LEVEL": "3",
               "PYTHONPATH": str(REPO)}
        ours, plain = [], []
        for attempt in range(args.repeat):
            run_dir = work / f"run-{attempt}"
            ours.append(run_measured(
                [sys.executable, "-m", "core.cli", "train", str(args.data), "--out",
                 str(run_dir), "--json"], env))
            shutil.rmtree(run_dir, ignore_errors=True)
            plain.append(run_measured(
                [sys.executable, str(REPO / "benchmarks" / "plain_recipe.py"), str(args.data)],
                env))
    report(ours, plain)


def _median(values: list[float]) -> float:
    values = sorted(values)
    middle = len(values) // 2
    return values[middle] if len(values) % 2 else (values[middle - 1] + values[middle]) / 2


def report(ours: list, plain: list) -> None:
    # The bar's time: process start to saved model (ours) / to the end of fine-tuning
    # (the recipe), as each process measures it; the wall time also counts interpreter exit.
    o_time = _median([r[0]["total_seconds"] for r in ours])
    p_time = _median([r[0]["total_seconds"] for r in plain])
    o_wall, p_wall = _median([r[1] for r in ours]), _median([r[1] for r in plain])
    o_acc, p_acc = _median([r[0]["val_accuracy"] for r in ours]), _median(
        [r[0]["val_accuracy"] for r in plain])
    o_frozen = _median([r[0]["val_accuracy_frozen"] for r in ours])
    p_frozen = _median([r[0]["val_accuracy_frozen"] for r in plain])
    o_mem, p_mem = max(r[2] for r in ours), max(r[2] for r in plain)
    ratio = o_time / p_time
    rows = [
        ("process start to trained model (s)", f"{p_time:.1f}", f"{o_time:.1f}",
         f"{ratio:.2f}×", f"≤ {BARS['time_ratio']}×", ratio <= BARS["time_ratio"]),
        ("wall time including interpreter exit (s)", f"{p_wall:.1f}", f"{o_wall:.1f}",
         f"{o_wall / p_wall:.2f}×", "", None),
        ("validation accuracy after frozen phase", f"{p_frozen:.3f}", f"{o_frozen:.3f}",
         "", "", None),
        ("validation accuracy, final", f"{p_acc:.3f}", f"{o_acc:.3f}", "",
         f"≥ {BARS['val_accuracy']}", o_acc >= BARS["val_accuracy"]),
        ("peak memory (GB)", f"{p_mem:.2f}", f"{o_mem:.2f}", f"{o_mem / p_mem:.2f}×",
         f"< {BARS['peak_gb']}", o_mem < BARS["peak_gb"]),
    ]
    print(f"{'figure':<42}{'plain recipe':>14}{'Alpaca Studio':>15}{'ratio':>8}  bar")
    for name, p, o, r, bar, ok in rows:
        verdict = "" if ok is None else ("  PASS" if ok else "  FAIL")
        print(f"{name:<42}{p:>14}{o:>15}{r:>8}  {bar}{verdict}")
    detail = ours[0][0]
    print(f"\nAlpaca Studio: {detail['train']} training / {detail['validation']} validation "
          f"photos; frozen phase {detail['seconds_frozen']:.1f} s, fine-tuning "
          f"{detail['seconds_fine_tune']:.1f} s; best epoch {detail['best_epoch']}.")
    print(json.dumps({"plain": {"seconds": p_time, "wall": p_wall, "val_accuracy": p_acc,
                                "val_accuracy_frozen": p_frozen, "peak_gb": p_mem},
                      "ours": {"seconds": o_time, "wall": o_wall, "val_accuracy": o_acc,
                               "val_accuracy_frozen": o_frozen, "peak_gb": o_mem},
                      "time_ratio": ratio}))


if __name__ == "__main__":
    main()
