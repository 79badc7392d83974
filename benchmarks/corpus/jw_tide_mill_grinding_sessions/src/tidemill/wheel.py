"""Turning the wheel sensor's readings into grinding sessions.

The logger on the wheel shaft writes the shaft speed once a minute while the sluice
is open. The stones only grind at MIN_RPM or more; below that the miller has the
stones lifted and the wheel is just idling on the ebb.
"""

from __future__ import annotations

from dataclasses import dataclass

MIN_RPM = 6.0


@dataclass
class Session:
    start: int  # minute of the day of the first grinding reading
    end: int  # minute of the last grinding reading
    revolutions: float  # one reading stands for one minute at that speed

    @property
    def minutes(self) -> int:
        return self.end - self.start + 1


class WheelLog:
    def __init__(self, min_rpm: float = MIN_RPM) -> None:
        self.min_rpm = min_rpm
        self.sessions: list[Session] = []
        self._open: Session | None = None
        self._last_minute: int | None = None

    def record(self, minute: int, rpm: float) -> None:
        """One reading. Readings come in time order; a slow reading ends the session."""
        if self._last_minute is not None and minute <= self._last_minute:
            raise ValueError(f"reading at minute {minute} is not after minute {self._last_minute}")
        if rpm >= self.min_rpm:
            if self._open is None:
                self._open = Session(minute, minute, 0.0)
            self._open.end = minute
            self._open.revolutions += rpm
        elif self._open is not None:
            self.sessions.append(self._open)
        self._last_minute = minute

    def close(self) -> list[Session]:
        """The day's sessions, with one still grinding when the log stops ended there."""
        if self._open is not None:
            self.sessions.append(self._open)
            self._open = None
        return self.sessions
