"""What a visit costs in pass credits."""

from __future__ import annotations

from datetime import datetime, time

PEAK_START = time(17, 0)
PEAK_END = time(20, 0)


def is_peak(start: datetime) -> bool:
    """Weekends all day, and weekday evenings from five until eight."""
    return start.weekday() >= 5 or PEAK_START <= start.time() < PEAK_END


def credits_for(start: datetime, minutes: int) -> int:
    """One credit for each hour or part of an hour in the sauna, two at peak times."""
    if minutes <= 0:
        raise ValueError("a visit lasts some minutes")
    hours = -(-minutes // 60)
    return hours * (2 if is_peak(start) else 1)
