"""A timer on the GUI thread that measures how long the event loop was kept from running."""

from __future__ import annotations

import time

from PySide6.QtCore import QObject, Qt, QTimer

INTERVAL_MS = 10


class BlockProbe(QObject):
    """`longest_block` (seconds): the longest time a tick came later than it should have."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.longest_block = 0.0
        self.ticks = 0
        self.blocks: list[tuple[float, float]] = []  # (seconds since start, length) > 50 ms
        self._start = 0.0
        self._last = 0.0
        self._timer = QTimer(self)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.setInterval(INTERVAL_MS)
        self._timer.timeout.connect(self._tick)

    def start(self) -> None:
        self._last = self._start = time.perf_counter()
        self._timer.start()

    def elapsed(self) -> float:
        return time.perf_counter() - self._start

    def blocks_before(self, moment: float, longer_than: float) -> list[tuple[float, float]]:
        """The blocks longer than `longer_than` seconds that began before `moment`."""
        return [b for b in self.blocks if b[0] < moment and b[1] > longer_than]

    def stop(self) -> None:
        self._timer.stop()

    def _tick(self) -> None:
        now = time.perf_counter()
        block = now - self._last - INTERVAL_MS / 1000
        self.longest_block = max(self.longest_block, block)
        if block > 0.05:
            self.blocks.append((round(self._last - self._start, 3), round(block, 3)))
        self._last = now
        self.ticks += 1
