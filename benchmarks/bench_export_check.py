"""Export bars (issue 16): each export, run in its own runtime, answers like the app.

    python benchmarks/bench_export_check.py [--runs DIR]

A real run of the alpaca set (trained as `bench_heatmap.py` trains it, or reused
from ``DIR/alpaca``) is exported as TFLite, SavedModel and ``.keras`` by the real
command, ``alpaca-studio export RUN --format F --out P --verify --json``, in its own
process: each export is run in its own runtime (LiteRT; ``tf.saved_model.load``;
plain Keras in a fresh process) on the run's validation photos and compared with
the app's answers; the figures are the command's ``"verified"``, and its README must
be beside the export.
Bars: every label the same on ≥ 60 photos, largest probability difference ≤ 0.01
(TFLite, SavedModel); the ``.keras`` file loads in a fresh process.
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
sys.path.insert(0, str(REPO))

from benchmarks.bench_heatmap import set_keras_home, trained_run  # noqa: E402

BARS = {"photos": 60, "max_probability_difference": 0.01}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=Path, help="keep (and reuse) the trained run here")
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="alpaca-bench-export-"))
    try:
        set_keras_home(work)
        from core.export_check import validation_photos
        from core.model_files import load_model

        runs = args.runs or work / "runs"
        runs.mkdir(parents=True, exist_ok=True)
        run = trained_run("alpaca", runs)
        photos = validation_photos(load_model(run))
        ok = True
        print(f"{len(photos)} validation photos; bars: all labels the same on >= "
              f"{BARS['photos']}, largest difference <= {BARS['max_probability_difference']}")
        environment = {**os.environ, "TF_CPP_MIN_LOG_LEVEL": "3"}
        for format in ("tflite", "savedmodel", "keras"):
            out = work / "export" / f"classifier-{format}"
            start = time.perf_counter()
            done = subprocess.run(
                [sys.executable, "-m", "core.cli", "export", str(run), "--format", format,
                 "--out", str(out), "--verify", "--json"],
                cwd=REPO, env=environment, capture_output=True, text=True)
            seconds = time.perf_counter() - start
            document = json.loads(done.stdout)
            verified = document.get("verified", {})
            readme = Path(document.get("readme", ""))
            met = done.returncode == 0 and readme.is_file() and verified.get(
                "photos", 0) >= BARS["photos"] and verified["same_label"] == verified["photos"]
            if format != "keras":
                met &= verified.get("max_probability_difference", 1) <= BARS[
                    "max_probability_difference"]
            ok &= met
            print(f"  {format:10s} exit {done.returncode}: {verified.get('same_label')} of "
                  f"{verified.get('photos')} photos the same label, max difference "
                  f"{verified.get('max_probability_difference', float('nan')):.2e}, README "
                  f"{'there' if readme.is_file() else 'MISSING'}; export + check "
                  f"{seconds:.1f} s  {'ok' if met else 'NOT MET'}")
            if done.returncode != 0:
                print("    " + (done.stderr.strip().splitlines() or ["(no reason)"])[-1])
        print("\nbars met" if ok else "\nbars NOT met")
        return 0 if ok else 1
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
