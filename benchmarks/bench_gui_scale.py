"""The window with 6,000 sorted photos (and 1,000 unsorted): the longest GUI-thread pause.

The bar (issue 17): opening the workspace, scrolling every pane (Unsorted and
each class), sorting a photo, the health panel's check and the Train page's photo
summary never keep the GUI thread busy for more than 50 ms; thumbnails are made
only for the photos scrolled past (from a persistent thumbnail cache), and the
counts come from the file system, not from decoding.

Builds the workspace under ``/tmp/alpaca-scale`` (hard links to the crops that
``bench_check_scale.py`` makes of ``../shared/datasets/flowers``; never inside
../shared), opens the real `MainWindow` offscreen, drives each action and records
the longest pause of the GUI thread during it and while its background work
(thumbnails, the check) lands: a timer asks to run every 5 ms, and each tick's
lateness is a pause. Then a second window on the same thumbnail cache (a restart)
does it again: the thumbnails come from the disk cache.

    python benchmarks/bench_gui_scale.py [--per-class 1200] [--unsorted 1000]
                                         [--bar-ms 50] [--profile]
"""

from __future__ import annotations

import argparse
import cProfile
import io
import os
import pstats
import shutil
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "benchmarks"))
PROBE_MS = 5

from bench_check_scale import SCALE_ROOT, build_photos  # noqa: E402
from PySide6.QtCore import QEventLoop, QObject, QSettings, Qt, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402


class PauseProbe(QObject):
    """A 5 ms timer on the GUI thread; a tick's lateness is how long the thread was busy."""

    def __init__(self) -> None:
        super().__init__()
        self._timer = QTimer(self)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.setInterval(PROBE_MS)
        self._timer.timeout.connect(self._tick)
        self._last = 0.0
        self.longest = 0.0
        self.over: list[float] = []
        self.bar = 0.05

    def start(self) -> None:
        self._last = time.perf_counter()
        self._timer.start()

    def reset(self) -> None:
        self.longest, self.over = 0.0, []
        self._last = time.perf_counter()

    def _tick(self) -> None:
        now = time.perf_counter()
        late = now - self._last - PROBE_MS / 1000
        self.longest = max(self.longest, late)
        if late > self.bar:
            self.over.append(late)
        self._last = now


def wait(ms: int) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def wait_until(condition, timeout_s: float) -> bool:
    end = time.perf_counter() + timeout_s
    while time.perf_counter() < end:
        if condition():
            return True
        wait(20)
    return condition()


def build_workspace(per_class: int, unsorted: int) -> Path:
    """A fresh workspace: hard links to the crops (new each run: sorting changes it)."""
    sorted_set = build_photos(SCALE_ROOT / f"photos-{per_class * 5}", per_class)
    # Crops numbered after those of the sorted set: different photos.
    extra = build_photos(SCALE_ROOT / f"unsorted-{unsorted}", max(1, unsorted // 5),
                         first_crop=per_class // 120 + 1)
    workspace = SCALE_ROOT / "workspace"
    if workspace.exists():
        shutil.rmtree(workspace)
    for folder in sorted(p for p in sorted_set.iterdir() if p.is_dir()):
        (workspace / folder.name).mkdir(parents=True)
        for photo in folder.iterdir():
            os.link(photo, workspace / folder.name / photo.name)
    tray = workspace / ".unsorted"
    tray.mkdir()
    for folder in sorted(p for p in extra.iterdir() if p.is_dir()):
        for photo in folder.iterdir():
            os.link(photo, tray / f"{folder.name}_{photo.name}")
    return workspace


class Counter:
    """Counts the thumbnails the window makes (wraps `app.thumbnail_cache.make_thumbnail`)."""

    def __init__(self) -> None:
        import app.thumbnail_cache as module

        self.made = 0
        self.paths: set[Path] = set()
        self._original = module.make_thumbnail

        def counted(path, *args, **kwargs):
            self.made += 1
            self.paths.add(Path(path))
            return self._original(path, *args, **kwargs)

        module.make_thumbnail = counted


def run_window(workspace: Path, state: Path, label: str, bar: float, profile: bool,
               counter: Counter, quick: bool = False) -> list[tuple]:
    from app.main_window import MainWindow
    from app.settings import AppPaths

    settings_file = state / "settings.ini"
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope,
                      str(state / "user-settings"))
    pictures = state / "Pictures"
    pictures.mkdir(parents=True, exist_ok=True)
    paths = AppPaths(config_dir=state / "config", cache_dir=state / "cache",
                     pictures_dir=pictures, documents_dir=None, home_dir=state)
    rows: list[tuple] = []
    probe = PauseProbe()
    probe.bar = bar
    profiler = cProfile.Profile() if profile else None

    def measure(action: str, do, settle, note=lambda: "") -> None:
        made = counter.made
        probe.reset()
        started = time.perf_counter()
        if profiler:
            profiler.enable()
        do()
        settle()
        wait(100)
        if profiler:
            profiler.disable()
        rows.append((label, action, probe.longest * 1000, len(probe.over),
                     time.perf_counter() - started, counter.made - made, note()))

    settings = QSettings(str(settings_file), QSettings.Format.IniFormat)
    started = time.perf_counter()
    window = MainWindow(paths, settings)
    window.resize(1280, 820)
    window.show()
    QApplication.processEvents()
    rows.append((label, "launch (first workspace: none)", (time.perf_counter() - started) * 1000,
                 0, time.perf_counter() - started, 0, "window built and shown"))
    probe.start()
    # The reference: the longest pause of an idle window, which is the machine's own
    # (other processes on the same cores), not the app's.
    measure("idle window (reference: the machine's own pauses)", lambda: None,
            lambda: wait(3000))
    page = window.sort_page
    health = page.health
    checks: list = []
    health.checked.connect(checks.append)

    def checked_after(count: int):
        if quick:
            return lambda: wait(300)
        return lambda: wait_until(lambda: len(checks) > count, 120)

    if quick:  # no photo check at all: a first look at everything else in seconds
        health._timer.setInterval(10_000_000)

    measure("open the workspace", lambda: page.open_workspace(workspace), lambda: wait(400),
            lambda: f"{page.board.sorted_count} sorted, {page.board.tray.rowCount()} unsorted")
    measure("health panel: check of every sorted photo", lambda: None, checked_after(0),
            lambda: health.panel.summary.replace("<b>", "").replace("</b>", ""))

    grids = [("Unsorted", page.tray_pane.grid)] + [
        (name, pane.grid) for name, pane in page.class_panes.items()][:2 if quick else None]
    for name, grid in grids:
        bar_widget = grid.verticalScrollBar()

        def scroll(grid=grid, bar_widget=bar_widget, name=name):
            if name != "Unsorted":
                page._panes_area.ensureWidgetVisible(page.class_panes[name])
            wait_until(lambda: bar_widget.maximum() > 0, 10)
            while bar_widget.value() < bar_widget.maximum():
                bar_widget.setValue(min(bar_widget.maximum(),
                                        bar_widget.value() + bar_widget.pageStep()))
                wait(25)

        measure(f"scroll '{name}' top to bottom", scroll, lambda: wait(500),
                lambda grid=grid: f"{grid.model().rowCount()} photos, "
                f"{len(counter.paths.intersection(grid.model().photos))} of them with a "
                "thumbnail made")

    tray = page.tray_pane.grid
    first_class = next(iter(page.class_panes))

    def sort_one():
        tray.setFocus()
        tray.select_row(0)
        QApplication.processEvents()
        page.sort_selection(first_class)

    n = len(checks)
    measure(f"sort a photo into '{first_class}' (and its re-check)", sort_one,
            checked_after(n), lambda: health.panel.summary.replace("<b>", "").replace("</b>", ""))
    train_step = window.pages.index(window.train_page)
    measure("Train page: photo summary", lambda: window.go_to_step(train_step),
            lambda: wait(1500), lambda: window.train_page.summary_area.widget().sizeHint()
            and "shown")
    measure("back to Sort", lambda: window.go_to_step(0), lambda: wait(300))
    n = len(checks)
    measure("undo the sort (and its re-check)", lambda: window.history.stack.undo(),
            checked_after(n))
    window.close()
    window.deleteLater()
    wait(200)
    if profiler:
        text = io.StringIO()
        pstats.Stats(profiler, stream=text).sort_stats("cumulative").print_stats(70)
        print(text.getvalue())
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--per-class", type=int, default=1200)
    parser.add_argument("--unsorted", type=int, default=1000)
    parser.add_argument("--bar-ms", type=float, default=50)
    parser.add_argument("--profile", action="store_true",
                        help="print where the GUI thread spent its time (cProfile)")
    parser.add_argument("--once", action="store_true", help="no second (restarted) window")
    parser.add_argument("--quick", action="store_true",
                        help="no health check and only two panes (a first look, in seconds)")
    args = parser.parse_args()
    app = QApplication.instance() or QApplication([])
    workspace = build_workspace(args.per_class, args.unsorted)
    print(f"workspace {workspace}; {os.cpu_count()} cores; load average "
          f"{os.getloadavg()[0]:.2f}")
    counter = Counter()
    with tempfile.TemporaryDirectory(prefix="alpaca-gui-") as state_dir:
        state = Path(state_dir)
        os.environ["ALPACA_STUDIO_CACHE"] = str(state / "photo-cache")
        rows = run_window(workspace, state, "cold", args.bar_ms / 1000, args.profile, counter,
                          args.quick)
        if not args.once:
            workspace = build_workspace(args.per_class, args.unsorted)
            rows += run_window(workspace, state, "restart", args.bar_ms / 1000, args.profile,
                               counter, args.quick)
    print(f"\n| window | action | longest GUI pause | pauses > {args.bar_ms:.0f} ms | wall s "
          "| thumbnails made | what it shows |")
    print("| --- | --- | --- | --- | --- | --- | --- |")
    for label, action, longest, over, wall, made, note in rows:
        flag = " ✗" if longest > args.bar_ms and not action.startswith("launch") else ""
        print(f"| {label} | {action} | {longest:.0f} ms{flag} | {over} | {wall:.1f} | {made} "
              f"| {note} |")
    print(f"load average after: {os.getloadavg()[0]:.2f}")
    del app


if __name__ == "__main__":
    main()
