"""Times of day as the front desk types them: "7", "7:30", "07:30", "19:05"."""

from __future__ import annotations

from datetime import time


def parse_time(text: str) -> time:
    hours, _, minutes = text.strip().partition(":")
    hour, minute = int(hours), int(minutes or 0)
    if not (0 <= hour < 24 and 0 <= minute < 60):
        raise ValueError(f"not a time of day: {text!r}")
    return time(hour, minute)


def minutes_between(start: time, end: time) -> int:
    return (end.hour * 60 + end.minute) - (start.hour * 60 + start.minute)
