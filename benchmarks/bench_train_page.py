"""Train the alpaca set from the Train page with the defaults; compare with the command line.

Bars: the page's validation score equals ``alpaca-studio train --json`` with the
same seed within one photo, and the GUI thread is never blocked for more than
100 ms from Start until the result is on screen (a 10 ms timer measures it).

    python benchmarks/bench_train_page.py [--data DIR] [--screenshots docs/screenshots]

Uses a writable temporary KERAS_HOME whose models/ links to ../shared/keras/models.
Without a DISPLAY the window is drawn offscreen. The machine's load average is
printed too: on a busy machine the scheduler alone can delay a thread by 100 ms.
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

from benchmarks.bench_train import SHARED, keras_home  # noqa: E402

BAR_SECONDS = 0.1


def train_from_page(data: Path, root: Path, screenshots: Path | None) -> dict:
    from PySide6.QtCore import QEventLoop, QSettings, QTimer
    from PySide6.QtWidgets import QApplication

    from app.main_window import MainWindow
    from app.settings import AppPaths
    from tests.app.gui_probe import BlockProbe

    _app = QApplication.instance() or QApplication([])  # kept alive until the end
    paths = AppPaths(config_dir=root / "config", cache_dir=root / "cache", pictures_dir=None,
                     documents_dir=None, home_dir=root)
    window = MainWindow(paths, QSettings(str(root / "settings.ini"), QSettings.Format.IniFormat))
    window.resize(1280, 820)
    window.show()

    def wait(ms: int) -> None:
        loop = QEventLoop()
        QTimer.singleShot(ms, loop.quit)
        loop.exec()

    assert window.sort_page.open_workspace(data)
    window.go_to_step(2)
    page = window.train_page
    while page.report is None:
        wait(50)
    outcomes: list = []
    probe = BlockProbe()
    probe.start()
    done_at: list[float] = []
    page.start_training()
    page.worker.finished.connect(outcomes.append)
    page.progress.bar.valueChanged.connect(
        lambda value: done_at.append(probe.elapsed()) if value == page.progress.bar.maximum()
        and not done_at else None)
    shot: tuple[float, float] | None = None  # the screenshot's own time is not the app's
    while page.is_training:
        wait(20)
        if screenshots is not None and shot is None and page.charts.epoch_points >= 7:
            began = probe.elapsed()
            page.grab().save(str(screenshots / "train-running.png"))
            shot = (began, probe.elapsed())
    probe.stop()
    if not outcomes:
        raise SystemExit(f"training from the page failed: {page.messages.text}")
    wait(500)
    if screenshots is not None:
        page.grab().save(str(screenshots / "train-done.png"))
    training = [(start, length) for start, length
                in probe.blocks_before(done_at[0] if done_at else probe.elapsed(), 0.0)
                if shot is None or not shot[0] - 0.02 <= start <= shot[1]]
    window.close()
    outcome = outcomes[0]
    return {"val_accuracy": outcome.val_accuracy, "correct": outcome.evaluation["correct"],
            "total": outcome.evaluation["total"], "seconds": outcome.total_seconds,
            "longest_block": max((length for _, length in training), default=0.0),
            "longest_block_anywhere": probe.longest_block, "blocks": training}


def train_from_cli(data: Path, out: Path) -> dict:
    started = time.perf_counter()
    finished = subprocess.run(
        [sys.executable, "-m", "core.cli", "train", str(data), "--out", str(out), "--json"],
        cwd=REPO, capture_output=True, text=True, check=False)
    if finished.returncode != 0:
        raise SystemExit(f"alpaca-studio train failed: {finished.stderr.strip()[-500:]}")
    result = json.loads(finished.stdout)
    total = result["validation"]
    return {"val_accuracy": result["val_accuracy"],
            "correct": round(result["val_accuracy"] * total), "total": total,
            "seconds": time.perf_counter() - started}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=SHARED / "datasets" / "alpaca")
    parser.add_argument("--screenshots", type=Path, default=None,
                        help="save train-running.png and train-done.png here")
    args = parser.parse_args()
    root = Path(tempfile.mkdtemp(prefix="bench-train-page-"))
    try:
        os.environ["KERAS_HOME"] = str(keras_home(root))
        os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "3")
        if not os.environ.get("DISPLAY"):
            os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        if args.screenshots is not None:
            args.screenshots.mkdir(parents=True, exist_ok=True)
        page = train_from_page(args.data.resolve(), root, args.screenshots)
        cli = train_from_cli(args.data.resolve(), root / "cli-run")
    finally:
        shutil.rmtree(root, ignore_errors=True)
    load = os.getloadavg() if hasattr(os, "getloadavg") else (float("nan"),) * 3
    same = abs(page["correct"] - cli["correct"]) <= 1
    quick = page["longest_block"] <= BAR_SECONDS
    print(f"page: {page['correct']} of {page['total']} right "
          f"({page['val_accuracy']:.4f}), training {page['seconds']:.0f} s")
    print(f"cli:  {cli['correct']} of {cli['total']} right ({cli['val_accuracy']:.4f}), "
          f"{cli['seconds']:.0f} s in all")
    print(f"same score within one photo: {'yes' if same else 'NO'}")
    longest = (f"{page['longest_block'] * 1000:.0f} ms" if page["blocks"]
               else "none longer than 50 ms (the probe records blocks above 50 ms)")
    print(f"longest GUI-thread block from Start to result: {longest} "
          f"(bar {BAR_SECONDS * 1000:.0f} ms): {'ok' if quick else 'OVER'}; blocks > 50 ms: "
          f"{page['blocks']}; longest anywhere in the run, start-up included: "
          f"{page['longest_block_anywhere'] * 1000:.0f} ms")
    print(f"load average during the bench: {load[0]:.1f} {load[1]:.1f} {load[2]:.1f} "
          f"on {os.cpu_count()} cores")
    return 0 if same and quick else 1


if __name__ == "__main__":
    sys.exit(main())
