"""Runs as the runners submit them, and the times on them."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime


@dataclass(frozen=True)
class Run:
    runner: str
    category: str
    time_ms: int
    submitted: datetime
    verified: bool = True


def parse_time(text: str) -> int:
    """'1:02:03.45', '12:03.4' or '59.9' in milliseconds."""
    seconds_part, *fields = reversed(text.strip().split(":"))
    if len(fields) > 2:
        raise ValueError(f"not a time: {text!r}")
    total = round(float(seconds_part) * 1000)
    for scale, field in zip((60_000, 3_600_000), fields):
        if not field.isdigit():
            raise ValueError(f"not a time: {text!r}")
        total += int(field) * scale
    return total


def format_time(ms: int) -> str:
    hours, rest = divmod(ms, 3_600_000)
    minutes, rest = divmod(rest, 60_000)
    seconds = f"{rest / 1000:06.3f}"
    return f"{hours}:{minutes:02d}:{seconds}" if hours else f"{minutes}:{seconds}"
