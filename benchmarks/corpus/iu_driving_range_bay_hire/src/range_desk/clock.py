from __future__ import annotations

from datetime import time

PEAK_START = time(17, 0)
PEAK_END = time(20, 0)


def parse_clock(text: str) -> time:
    """'HH:MM' as the desk staff type it, e.g. '9:05' or '17:30'."""
    hours, _, minutes = text.strip().partition(":")
    return time(int(hours), int(minutes or 0))


def minutes_between(start: time, end: time) -> int:
    """Minutes from `start` to `end` on the same day (negative if `end` comes first)."""
    return (end.hour * 60 + end.minute) - (start.hour * 60 + start.minute)


def is_peak(moment: time) -> bool:
    return PEAK_START <= moment < PEAK_END
