"""Times of day as the till takes them: `14:05`, `9:30`."""

from __future__ import annotations

import datetime


def parse_time(text: str) -> datetime.time:
    hours, _, minutes = text.strip().partition(":")
    if not hours.isdigit() or not minutes.isdigit() or len(minutes) != 2:
        raise ValueError(f"bad time {text!r}")
    return datetime.time(int(hours), int(minutes))


def minutes_of(when: datetime.time) -> int:
    return when.hour * 60 + when.minute
