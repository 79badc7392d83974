"""Shifts as clocked in and out."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from decimal import Decimal

from .rounding import nearest_quarter, quarter_above, quarter_below

ON_CALL_MINIMUM = Decimal(2)  # hours paid for any call-out


@dataclass(frozen=True)
class Shift:
    employee: str
    day: date
    start: time
    end: time  # at or before start: the next day
    break_minutes: int = 0
    call_out: bool = False

    def duration(self) -> timedelta:
        start = datetime.combine(self.day, self.start)
        end = datetime.combine(self.day, self.end)
        if end <= start:
            end += timedelta(days=1)
        return end - start

    def paid_hours(self) -> Decimal:
        """Hours on the clock less the break, to the nearest quarter hour; a call-out
        is paid whole quarters begun, and at least ON_CALL_MINIMUM."""
        seconds = int(self.duration().total_seconds()) - self.break_minutes * 60
        hours = Decimal(max(seconds, 0)) / 3600
        if self.call_out:
            return max(quarter_above(hours), ON_CALL_MINIMUM)
        return nearest_quarter(hours)


def parse_shift(line: str) -> Shift:
    """`name 2024-04-02 08:00-16:30 30` (break minutes optional; `call` marks a call-out)."""
    fields = line.split()
    name, day, times = fields[:3]
    start, _, end = times.partition("-")
    rest = fields[3:]
    call_out = "call" in rest
    breaks = [int(f) for f in rest if f.isdigit()]
    return Shift(name, date.fromisoformat(day), time.fromisoformat(start), time.fromisoformat(end),
                 breaks[0] if breaks else 0, call_out)
