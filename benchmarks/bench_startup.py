"""How long `alpaca-studio` takes to show its window on a real X server (the bar: 1.5 s).

Starts a private Xvfb display, then three times: starts the app with a fresh
home folder (a first run: settings, workspace and caches all in a temporary
folder), waits with ``xdotool search --sync`` until a window named "Alpaca
Studio" is mapped, and stops the app. Prints each time and the median.

Needs Xvfb and xdotool (Debian/Ubuntu:
``apt-get install -y xvfb xdotool libxcb-cursor0 libxkbcommon-x11-0``).

    python benchmarks/bench_startup.py [--runs 3] [--bar 1.5]
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
TITLE = "Alpaca Studio"


def _command() -> list[str]:
    script = Path(sys.executable).with_name("alpaca-studio")
    if script.exists():
        return [str(script)]
    return [sys.executable, "-m", "app.main"]


def _start_display() -> tuple[subprocess.Popen, str]:
    for number in range(90, 110):
        if Path(f"/tmp/.X11-unix/X{number}").exists():
            continue
        display = f":{number}"
        server = subprocess.Popen(["Xvfb", display, "-screen", "0", "1920x1080x24", "-nolisten",
                                   "tcp"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            if Path(f"/tmp/.X11-unix/X{number}").exists():
                return server, display
            if server.poll() is not None:
                break
            time.sleep(0.05)
        server.kill()
    raise SystemExit("Could not start Xvfb on any display :90–:109.")


def measure_once(display: str, timeout: float) -> float:
    """Seconds from starting the app until its window is mapped."""
    with tempfile.TemporaryDirectory(prefix="alpaca-startup-") as home:
        env = dict(os.environ, DISPLAY=display, HOME=home, XDG_CONFIG_HOME=f"{home}/.config",
                   XDG_CACHE_HOME=f"{home}/.cache", QT_QPA_PLATFORM="xcb",
                   TF_CPP_MIN_LOG_LEVEL="2", PYTHONPATH=str(REPO))
        env.pop("WAYLAND_DISPLAY", None)
        started = time.perf_counter()
        app = subprocess.Popen(_command(), cwd=REPO, env=env, stdout=subprocess.DEVNULL,
                               stderr=subprocess.PIPE)
        try:
            found = subprocess.run(
                ["xdotool", "search", "--sync", "--onlyvisible", "--name", f"^{TITLE}$"],
                env=env, timeout=timeout, capture_output=True)
            elapsed = time.perf_counter() - started
            if found.returncode != 0:
                raise SystemExit(f"xdotool failed: {found.stderr.decode(errors='replace')}")
        except subprocess.TimeoutExpired:
            app.kill()
            _, err = app.communicate()
            raise SystemExit(f"No window titled {TITLE!r} within {timeout} s.\n"
                             f"{err.decode(errors='replace')[-2000:]}") from None
        finally:
            if app.poll() is None:
                app.terminate()
                try:
                    app.wait(timeout=20)
                except subprocess.TimeoutExpired:
                    app.kill()
                    app.wait()
    return elapsed


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--bar", type=float, default=1.5, help="seconds allowed (default 1.5)")
    parser.add_argument("--timeout", type=float, default=30.0)
    args = parser.parse_args()
    missing = [tool for tool in ("Xvfb", "xdotool") if shutil.which(tool) is None]
    if missing:
        print(f"Missing {', '.join(missing)}. Install with: apt-get install -y xvfb xdotool "
              "libxcb-cursor0 libxkbcommon-x11-0", file=sys.stderr)
        return 2
    server, display = _start_display()
    try:
        times = []
        for run in range(1, args.runs + 1):
            seconds = measure_once(display, args.timeout)
            times.append(seconds)
            print(f"run {run}: window visible after {seconds:.2f} s")
    finally:
        server.terminate()
        server.wait()
    median = statistics.median(times)
    verdict = "OK" if median <= args.bar else "TOO SLOW"
    print(f"median of {len(times)}: {median:.2f} s (bar {args.bar:.1f} s) → {verdict}")
    return 0 if median <= args.bar else 1


if __name__ == "__main__":
    sys.exit(main())
