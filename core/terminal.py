"""The terminal side of the command line: progress bar, clean stderr, work in the background.

GUI-free and TensorFlow-free; `core.cli` uses these while the engine runs.
"""

from __future__ import annotations

import os
import re
import sys
import threading
import time


def process_seconds() -> float:
    """Seconds since this process started (Linux: from /proc; elsewhere: since import)."""
    try:
        with open("/proc/self/stat", encoding="ascii") as stat:
            start_ticks = int(stat.read().rsplit(")", 1)[1].split()[19])
        with open("/proc/uptime", encoding="ascii") as uptime:
            up = float(uptime.read().split()[0])
        return up - start_ticks / os.sysconf("SC_CLK_TCK")
    except (OSError, ValueError, IndexError):
        return time.perf_counter() - _IMPORTED


_IMPORTED = time.perf_counter()


# TensorFlow's C++ start-up chatter ("Could not find cuda drivers…") is written
# straight to file descriptor 2, past TF_CPP_MIN_LOG_LEVEL. It means nothing to
# a person training on a laptop; ALPACA_STUDIO_DEBUG=1 shows it again.
_NATIVE_LOG_LINE = re.compile(rb"^(WARNING: All log messages before absl::InitializeLog|"
                              rb"[IWEF]\d{4} [\d:.]+ +\d+ [\w.]+:\d+\])")


def hide_native_log_lines():
    """Route fd 2 through a filter that drops native log lines; Python's stderr bypasses it.

    Returns the function that puts everything back as it was.
    """
    try:
        original = os.dup(2)
        read_end, write_end = os.pipe()
        os.dup2(write_end, 2)
        os.close(write_end)
    except OSError:
        return None
    python_stderr = sys.stderr
    sys.stderr = os.fdopen(os.dup(original), "w", buffering=1, encoding="utf-8",
                           errors="replace")

    def pump() -> None:
        with os.fdopen(read_end, "rb") as lines:
            for line in lines:
                if not _NATIVE_LOG_LINE.match(line):
                    os.write(original, line)

    thread = threading.Thread(target=pump, daemon=True, name="native-stderr-filter")
    thread.start()

    def restore() -> None:
        sys.stderr.flush()
        os.dup2(original, 2)  # drops the pipe's last writer: the pump reads to the end
        thread.join(timeout=2)
        sys.stderr.close()
        sys.stderr = python_stderr
        os.close(original)

    return restore


class Background:
    """Run one call in a thread; `result()` waits and returns it or raises its error."""

    def __init__(self, function, *args, **kwargs) -> None:
        self._outcome: tuple = ()
        self._thread = threading.Thread(
            target=self._run, args=(function, args, kwargs), daemon=True)
        self._thread.start()

    def _run(self, function, args, kwargs) -> None:
        try:
            self._outcome = (function(*args, **kwargs), None)
        except BaseException as error:  # re-raised in the caller's thread
            self._outcome = (None, error)

    def result(self):
        self._thread.join()
        value, error = self._outcome
        if error is not None:
            raise error
        return value


class ProgressBar:
    """A one-line progress bar on stderr when it is a terminal; epoch lines otherwise."""

    def __init__(self, label: str, enabled: bool) -> None:
        self.label = label
        self.tty = enabled and sys.stderr.isatty()
        self.shown = False

    def update(self, fraction: float) -> None:
        if not self.tty:
            return
        width = 30
        filled = int(round(width * max(0.0, min(1.0, fraction))))
        text = f"\r[{'#' * filled}{'.' * (width - filled)}] {fraction:4.0%} {self.label}"
        sys.stderr.write(text[:120].ljust(120))
        sys.stderr.flush()
        self.shown = True

    def line(self, text: str) -> None:
        if self.shown:
            sys.stderr.write("\r" + " " * 120 + "\r")
        print(text, file=sys.stderr)

    def close(self) -> None:
        if self.shown:
            sys.stderr.write("\r" + " " * 120 + "\r")
            sys.stderr.flush()
            self.shown = False
