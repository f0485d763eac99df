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

The features case (issue 15): a workspace of 10 sorted photos per class and
``--features`` (2,000) photos waiting in Unsorted, while the Sort page's
`FeatureStore` receives their features batch by batch and each batch refreshes the
suggestions, the wrong-folder check and the tray. The features are made up (one
cluster per class, so suggestions appear and change) and arrive at ``--batch-ms``
per batch of 32 from the store's own worker thread: what the GUI thread does with
them is what is measured, not MobileNetV2 (``bench_audit.py --gui 2000`` runs the
real network, for minutes).

    python benchmarks/bench_gui_scale.py [--per-class 1200] [--unsorted 1000]
                                         [--features 2000] [--batch-ms 40]
                                         [--bar-ms 50] [--profile]

Beside each longest pause, from /proc: the GUI thread's own time on a core during
it; its time runnable but waiting for a core (the machine's other processes, or our
own threads, had both cores); our other threads' time on a core meanwhile; and the
full passes of Python's garbage collector during the action (any thread; a pass
stops every thread that runs Python). What is left of a pause is the thread asleep:
waiting for the interpreter one of our background threads holds, or for the disk.
``--profile`` prints, for each action over the bar, where the GUI thread spent
its time (cProfile, the app's own functions first).
"""

from __future__ import annotations

import argparse
import cProfile
import gc
import io
import os
import pstats
import shutil
import sys
import tempfile
import threading
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


def _thread_cpu_file() -> Path:
    """Where Linux keeps this thread's time on a core (ns, the first field)."""
    return Path(f"/proc/self/task/{threading.get_native_id()}/schedstat")


def thread_cpu(file: Path) -> float:
    """Seconds the thread of `file` has spent on a core (0 where Linux does not say)."""
    return thread_times(file)[0]


def thread_times(file: Path) -> tuple[float, float]:
    """(seconds on a core, seconds runnable but waiting for a core) of the thread of `file`.

    The rest of a pause is the thread asleep: waiting for a lock (the interpreter's,
    held by another of our threads), for the disk, or for a timer.
    """
    try:
        fields = file.read_text().split()
        return int(fields[0]) / 1e9, int(fields[1]) / 1e9
    except (OSError, ValueError, IndexError):
        return 0.0, 0.0


class GcWatch:
    """How many full passes Python's garbage collector made since `reset` (any thread).

    A full pass stops every thread that runs Python, the window's too, for tens of
    milliseconds with thousands of photos' objects. Counted from `gc.get_stats`, not
    timed by a `gc.callbacks` hook: a hook runs Python inside every collection, where
    the interpreter may switch threads; in both runs made with one (Python 3.11.7) the
    photo check failed once with ``SystemError: AST constructor recursion depth
    mismatch``, and never in runs without it.
    """

    def __init__(self) -> None:
        self._at_reset = 0

    @staticmethod
    def _full() -> int:
        return gc.get_stats()[-1]["collections"]

    def reset(self) -> None:
        self._at_reset = self._full()

    @property
    def full_passes(self) -> int:
        return self._full() - self._at_reset


class PauseProbe(QObject):
    """A 5 ms timer on the GUI thread; a tick's lateness is how long the thread was busy.

    Beside each pause, the GUI thread's own time on a core during it: a long pause with
    little of it is the thread waiting (for the cores other processes hold, or for the
    interpreter a background thread holds), not the thread working.
    """

    def __init__(self) -> None:
        super().__init__()
        self._timer = QTimer(self)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.setInterval(PROBE_MS)
        self._timer.timeout.connect(self._tick)
        self._cpu_file = _thread_cpu_file()
        self._last = 0.0
        self._last_cpu = self._last_queued = self._last_process = 0.0
        self.longest = 0.0
        self.longest_cpu = 0.0  # the GUI thread's time on a core during the longest pause
        # During the longest pause: the GUI thread runnable but waiting for a core, and
        # the time our other threads spent on a core (the check, thumbnails, listing).
        self.longest_queued = 0.0
        self.longest_others = 0.0
        self.gc = GcWatch()
        self.over: list[float] = []
        self.bar = 0.05

    def start(self) -> None:
        self._mark()
        self._timer.start()

    def reset(self) -> None:
        self.longest, self.longest_cpu, self.over = 0.0, 0.0, []
        self.longest_queued = self.longest_others = 0.0
        self.gc.reset()
        self._mark()

    def split(self) -> tuple[float, float, float, int]:
        """(on a core, waiting for a core, our other threads on a core) in ms during the
        longest pause, and the garbage collector's full passes during the action."""
        return (self.longest_cpu * 1000, self.longest_queued * 1000,
                self.longest_others * 1000, self.gc.full_passes)

    def _mark(self) -> None:
        self._last = time.perf_counter()
        self._last_cpu, self._last_queued = thread_times(self._cpu_file)
        self._last_process = time.process_time()

    def _tick(self) -> None:
        now, (cpu, queued) = time.perf_counter(), thread_times(self._cpu_file)
        process = time.process_time()
        late = now - self._last - PROBE_MS / 1000
        if late > self.longest:
            self.longest, self.longest_cpu = late, cpu - self._last_cpu
            self.longest_queued = queued - self._last_queued
            self.longest_others = max(0.0, process - self._last_process - self.longest_cpu)
        if late > self.bar:
            self.over.append(late)
        self._last, self._last_cpu, self._last_queued = now, cpu, queued
        self._last_process = process


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

    def measure(action: str, do, settle, note=lambda: "") -> None:
        made = counter.made
        probe.reset()
        started = time.perf_counter()
        profiler = cProfile.Profile() if profile else None
        if profiler:
            profiler.enable()
        do()
        settle()
        wait(100)
        if profiler:
            profiler.disable()
            if probe.longest > bar:
                print_profile(f"{label}: {action} ({probe.longest * 1000:.0f} ms)", profiler)
        rows.append((label, action, probe.longest * 1000, probe.split(),
                     len(probe.over), time.perf_counter() - started, counter.made - made,
                     note()))

    settings = QSettings(str(settings_file), QSettings.Format.IniFormat)
    started = time.perf_counter()
    window = MainWindow(paths, settings)
    window.resize(1280, 820)
    window.show()
    QApplication.processEvents()
    rows.append((label, "launch (first workspace: none)", (time.perf_counter() - started) * 1000,
                 None, 0, time.perf_counter() - started, 0, "window built and shown"))
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

    def listed() -> None:  # the panes fill from a background listing
        wait_until(lambda: not getattr(page.board, "listing", False), 30)
        wait(400)

    measure("open the workspace", lambda: page.open_workspace(workspace), listed,
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
    return rows


def print_profile(title: str, profiler: cProfile.Profile) -> None:
    """The GUI thread's time in the app's own functions (cumulative), most first."""
    text = io.StringIO()
    stats = pstats.Stats(profiler, stream=text).sort_stats("cumulative")
    stats.print_stats(r"/(app|core)/", 30)
    print(f"\n--- where the GUI thread spent its time: {title}")
    print(text.getvalue().split("ncalls", 1)[-1][:6000])


def build_feature_workspace(count: int) -> tuple[Path, list[Path]]:
    """10 sorted photos per class and `count` others waiting outside it (hard links)."""
    source = build_photos(SCALE_ROOT / "photos-6000", 1200)
    workspace, waiting = SCALE_ROOT / "features-workspace", SCALE_ROOT / "features-waiting"
    for folder in (workspace, waiting):
        if folder.exists():
            shutil.rmtree(folder)
    waiting.mkdir(parents=True)
    classes = sorted(p for p in source.iterdir() if p.is_dir())
    pool = []
    for folder in classes:
        photos = sorted(folder.iterdir())
        (workspace / folder.name).mkdir(parents=True)
        for photo in photos[:10]:
            os.link(photo, workspace / folder.name / photo.name)
        pool += [(folder.name, photo) for photo in photos[10:]]
    pool = pool[::max(1, len(pool) // count)][:count]
    for name, photo in pool:
        os.link(photo, waiting / f"{name}_{photo.name}")
    return workspace, sorted(waiting.iterdir())


def made_up_features(pace_s: float):
    """A `FeatureStore.compute`: one cluster of 1,280 numbers per class (the name's
    prefix), `pace_s` per batch, in the store's worker thread as the real child's."""
    import numpy as np

    centres: dict[str, np.ndarray] = {}

    def compute(paths, should_stop):
        time.sleep(pace_s)
        rows = []
        for path in paths:
            name = path.parent.name if "_" not in path.name else path.name.split("_")[0]
            if name not in centres:
                centres[name] = np.random.default_rng(len(centres)).normal(0, 1, 1280)
            noise = np.random.default_rng(abs(hash(path.name)) % 2**32).normal(0, 1.0, 1280)
            rows.append(centres[name] + noise)
        return np.asarray(rows, dtype=np.float32)

    return compute


def run_features(state: Path, count: int, pace_ms: float, bar: float,
                 profile: bool) -> list[tuple]:
    """Issue 15's case: the Sort page while the features of `count` photos arrive."""
    from app.main_window import MainWindow
    from app.settings import AppPaths

    workspace, waiting = build_feature_workspace(count)
    paths = AppPaths(config_dir=state / "f-config", cache_dir=state / "f-cache",
                     pictures_dir=None, documents_dir=None, home_dir=state)
    window = MainWindow(paths, QSettings(str(state / "f.ini"), QSettings.Format.IniFormat))
    window.resize(1280, 820)
    window.show()
    page = window.sort_page
    page.features.compute = made_up_features(pace_ms / 1000)
    page.open_workspace(workspace)
    wait_until(lambda: page.board.sorted_count == 50, 30)
    page.add_files(waiting)
    wait(1000)
    probe = PauseProbe()
    probe.bar = bar
    probe.start()
    profiler = cProfile.Profile() if profile else None
    started = time.perf_counter()
    if profiler:
        profiler.enable()
    page.features.start()  # what the engine's arrival does (`engine_ready`)
    wait_until(lambda: not page.features.busy and len(page.features.features) >= count
               and page.suggestions.ready, 600)
    wait_until(lambda: page.suggestions.status.startswith(tuple("0123456789")), 30)
    wait(700)  # the last refresh, and the wrong-folder check after it
    if profiler:
        profiler.disable()
        if probe.longest > bar:
            print_profile(f"features of {count} photos ({probe.longest * 1000:.0f} ms)",
                          profiler)
    row = ("features", f"features of {count} photos arrive, {pace_ms:.0f} ms per batch of 32",
           probe.longest * 1000, probe.split(), len(probe.over),
           time.perf_counter() - started, 0,
           f"{len(page.features.features)} with features; {page.suggestions.status}")
    window.close()
    window.deleteLater()
    wait(200)
    return [row]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--per-class", type=int, default=1200)
    parser.add_argument("--unsorted", type=int, default=1000)
    parser.add_argument("--features", type=int, default=2000,
                        help="photos whose features arrive in the issue-15 case (0: skip it)")
    parser.add_argument("--batch-ms", type=float, default=40,
                        help="time between two batches of 32 features")
    parser.add_argument("--only-features", action="store_true",
                        help="only the issue-15 case")
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
        rows = []
        if args.features:
            rows += run_features(state, args.features, args.batch_ms, args.bar_ms / 1000,
                                 args.profile)
        if not args.only_features:
            rows += run_window(workspace, state, "cold", args.bar_ms / 1000, args.profile,
                               counter, args.quick)
        if not args.once and not args.only_features:
            workspace = build_workspace(args.per_class, args.unsorted)
            rows += run_window(workspace, state, "restart", args.bar_ms / 1000, args.profile,
                               counter, args.quick)
    # During that longest pause: the GUI thread's own time on a core; its time runnable
    # but waiting for a core (other processes, or our own threads, had both); our other
    # threads' time on a core; and the garbage collector's full passes in the action.
    print("\n| window | action | longest GUI pause | of it on a core | waiting for a core "
          "| our other threads on a core | full gc passes | bar | pauses > bar | wall s "
          "| thumbnails made | what it shows |")
    print("| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |")
    for label, action, longest, split, over, wall, made, note in rows:
        launch = action.startswith("launch")
        flag = "" if launch else (" ✗" if longest > args.bar_ms else " ✓")
        bar_text = "—" if launch or action.startswith("idle") else f"{args.bar_ms:.0f} ms"
        parts = ["—"] * 4 if split is None else [f"{value:.0f} ms" for value in split[:3]] \
            + [str(split[3])]
        print(f"| {label} | {action} | {longest:.0f} ms{flag} | {' | '.join(parts)} | "
              f"{bar_text} | {over} | {wall:.1f} | {made} | {note} |")
    print(f"load average after: {os.getloadavg()[0]:.2f}")
    del app


if __name__ == "__main__":
    main()
