"""Prediction bars (issue 6): the first answer after a drop, and batches vs. one call per photo.

    python benchmarks/bench_predict.py [RUN_DIR] [--drops 15] [--photos 100]

Without RUN_DIR a small real model is trained first (1 + 1 epochs on 12 + 12
alpaca photos, about half a minute); the figures do not depend on its accuracy.

1. The real window (offscreen unless QT_QPA_PLATFORM says otherwise) on the Test
   step with the model loaded: one real photo is dropped (a real QDropEvent with a
   file URL) and the time until its card has an answer is measured, `--drops`
   times with a different photo each time. Bar: median ≤ 300 ms.
2. `--photos` real photos through `core.prediction.predict_files`, against the
   same photos read by the same reader and given to ``model.predict`` one at a
   time. Bar: at least 3× faster.

The ImageNet weights come from ``../shared/keras/models`` through a writable
temporary ``KERAS_HOME`` (no network needed).
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "3")

from benchmarks.bench_train import SHARED, keras_home  # noqa: E402

BARS = {"first_answer_ms": 300.0, "speedup": 3.0}
CLASSES = ("alpaca", "not alpaca")


def real_photos(data: Path, count: int, skip: int = 12) -> list[Path]:
    """`count` photos alternating between the classes, leaving out the first `skip` of each."""
    lists = [sorted((data / name).iterdir())[skip:] for name in CLASSES]
    mixed = [photo for pair in zip(*lists) for photo in pair]
    return mixed[:count]


def wait_until(app, condition, timeout: float = 120.0) -> None:
    end = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > end:
            raise TimeoutError("the window did not answer in time")
        app.processEvents()
        time.sleep(0.001)


def first_answer_times(run: Path, photos: list[Path], work: Path) -> tuple[list[float], float]:
    """Milliseconds from each drop to its answer, and seconds until the model was loaded."""
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from app.main_window import MainWindow
    from app.settings import AppPaths
    from tests.app.disk import file_drop

    app = QApplication.instance() or QApplication([])
    paths = AppPaths(config_dir=work / "config", cache_dir=work / "cache",
                     pictures_dir=work / "Pictures", documents_dir=None, home_dir=work)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope,
                      str(work / "user-settings"))
    workspace = paths.pictures_dir / "Alpaca Studio"
    workspace.mkdir(parents=True)
    shutil.copytree(run, paths.runs_dir(workspace) / "bench-run")
    window = MainWindow(paths, QSettings(str(work / "settings.ini"), QSettings.Format.IniFormat))
    window.show()
    page = window.test_page
    start = time.perf_counter()
    window.go_to_step(3)
    wait_until(app, lambda: page.loaded is not None)
    loaded_after = time.perf_counter() - start
    times = []
    for photo in photos:
        before = page.results.rowCount()
        start = time.perf_counter()
        file_drop(window, [photo])
        wait_until(app, lambda n=before: page.results.rowCount() > n)
        times.append((time.perf_counter() - start) * 1000)
        assert page.results.prediction(0).ok, page.results.prediction(0).error
        wait_until(app, lambda: page._predict_worker is None)
        # Let the thumbnail arrive, as a person looking at the card would.
        for _ in range(20):
            app.processEvents()
            time.sleep(0.005)
    window.close()
    return times, loaded_after


def batch_vs_single(run: Path, photos: list[Path]) -> tuple[float, float, int]:
    """Seconds for `predict_files` and for one ``model.predict`` per photo; labels that differ."""
    import numpy as np

    from core.evaluation import class_probabilities, decide
    from core.images import load_array
    from core.model_files import load_model
    from core.prediction import predict_arrays, predict_files

    loaded = load_model(run)
    size = (loaded.image_size, loaded.image_size)
    blank = np.zeros((1, *size, 3), np.float32)
    loaded.model.predict(blank, verbose=0)  # both ways start with a traced model
    predict_arrays(loaded, np.concatenate([blank, blank]))
    start = time.perf_counter()
    batched = predict_files(loaded, photos)
    batched_seconds = time.perf_counter() - start
    start = time.perf_counter()
    single_labels = []
    for photo in photos:
        image = load_array(photo, size)[np.newaxis].astype(np.float32)
        outputs = loaded.model.predict(image, verbose=0)
        single_labels.append(int(decide(class_probabilities(outputs),
                                        loaded.metadata.threshold)[0]))
    single_seconds = time.perf_counter() - start
    differ = sum(loaded.class_names[label] != p.label
                 for label, p in zip(single_labels, batched))
    return batched_seconds, single_seconds, differ


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("run", nargs="?", type=Path, help="a saved run folder (default: train "
                        "a small one)")
    parser.add_argument("--data", type=Path, default=SHARED / "datasets" / "alpaca")
    parser.add_argument("--drops", type=int, default=15)
    parser.add_argument("--photos", type=int, default=100)
    args = parser.parse_args()
    failures = []
    with tempfile.TemporaryDirectory(prefix="alpaca-bench-predict-") as work:
        work = Path(work)
        os.environ["KERAS_HOME"] = str(keras_home(work))
        run = args.run
        if run is None:
            from tests.trained_run import train_tiny_run

            start = time.perf_counter()
            run = train_tiny_run(args.data, work / "tiny")
            print(f"trained a small model in {time.perf_counter() - start:.0f} s")
        photos = real_photos(args.data, max(args.drops, args.photos))

        times, loaded_after = first_answer_times(run, photos[:args.drops], work / "window")
        median = statistics.median(times)
        print(f"model loaded and warmed up {loaded_after:.1f} s after the Test step was shown")
        print(f"drop → first answer: median {median:.0f} ms (bar ≤ "
              f"{BARS['first_answer_ms']:.0f} ms); min {min(times):.0f}, max {max(times):.0f} "
              f"over {len(times)} drops")
        if median > BARS["first_answer_ms"]:
            failures.append(f"first answer median {median:.0f} ms")

        batched, single, differ = batch_vs_single(run, photos[:args.photos])
        speedup = single / batched
        print(f"{args.photos} photos: predict_files {batched:.2f} s, model.predict per photo "
              f"{single:.2f} s → {speedup:.1f}× faster (bar ≥ {BARS['speedup']:.0f}×); "
              f"labels that differ: {differ}")
        if speedup < BARS["speedup"]:
            failures.append(f"batches only {speedup:.1f}× faster")
        if differ:
            failures.append(f"{differ} labels differ between the two ways")
    print("PASS" if not failures else "FAIL: " + "; ".join(failures))
    return 0 if not failures else 1


if __name__ == "__main__":
    sys.exit(main())
