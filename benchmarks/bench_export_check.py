"""Export bars (issue 16): each export, run in its own runtime, answers like the app.

    python benchmarks/bench_export_check.py [--runs DIR]

A real run of the alpaca set (trained as `bench_heatmap.py` trains it, or reused
from ``DIR/alpaca``) is exported as TFLite, SavedModel and ``.keras``; each export
is run in its own runtime (LiteRT; ``tf.saved_model.load``; plain Keras in a fresh
process) on the run's validation photos and compared with the app's answers.
Bars: every label the same on ≥ 60 photos, largest probability difference ≤ 0.01
(TFLite, SavedModel); the ``.keras`` file loads in a fresh process.
"""

from __future__ import annotations

import argparse
import shutil
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
        from core.export import export_model
        from core.export_check import check_export, validation_photos
        from core.model_files import load_model

        runs = args.runs or work / "runs"
        runs.mkdir(parents=True, exist_ok=True)
        loaded = load_model(trained_run("alpaca", runs))
        photos = validation_photos(loaded)
        ok = True
        print(f"{len(photos)} validation photos; bars: all labels the same on >= "
              f"{BARS['photos']}, largest difference <= {BARS['max_probability_difference']}")
        for format in ("tflite", "savedmodel", "keras"):
            start = time.perf_counter()
            result = export_model(loaded, format, work / "export" / f"classifier-{format}")
            exported = time.perf_counter() - start
            start = time.perf_counter()
            check = check_export(loaded, format, result.path)
            checked = time.perf_counter() - start
            met = check.all_same and check.photos >= BARS["photos"] and (
                format == "keras"
                or check.max_probability_difference <= BARS["max_probability_difference"])
            ok &= met
            print(f"  {format:10s} {check.summary()}  max difference "
                  f"{check.max_probability_difference:.2e}; export {exported:.1f} s, "
                  f"check {checked:.1f} s  {'ok' if met else 'NOT MET'}")
        print("\nbars met" if ok else "\nbars NOT met")
        return 0 if ok else 1
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
