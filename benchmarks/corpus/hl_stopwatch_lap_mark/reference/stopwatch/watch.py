"""A stopwatch with laps, for the training app. Time only runs while the watch
runs: a lap taken after a pause does not count the pause."""

from __future__ import annotations

import time
from typing import Callable


class StopwatchError(RuntimeError):
    pass


class Stopwatch:
    def __init__(self, clock: Callable[[], float] = time.monotonic) -> None:
        self.clock = clock
        self.running = False
        self.laps: list[float] = []
        self._started = 0.0  # clock reading at the last start
        self._banked = 0.0  # time run before the last start
        self._lap_mark = 0.0  # elapsed() when the current lap began

    def start(self) -> None:
        if self.running:
            raise StopwatchError("already running")
        self._started = self.clock()
        self.running = True

    def stop(self) -> None:
        if not self.running:
            raise StopwatchError("not running")
        self._banked += self.clock() - self._started
        self.running = False

    def elapsed(self) -> float:
        if self.running:
            return self._banked + self.clock() - self._started
        return self._banked

    def lap(self) -> float:
        """Ends the current lap and starts the next; returns the lap's time."""
        if not self.running:
            raise StopwatchError("laps are taken while running")
        mark = self.elapsed()
        split = mark - self._lap_mark
        self.laps.append(split)
        self._lap_mark = mark
        return split

    def reset(self) -> None:
        if self.running:
            raise StopwatchError("stop before resetting")
        self.laps = []
        self._banked = 0.0
        self._lap_mark = 0.0
