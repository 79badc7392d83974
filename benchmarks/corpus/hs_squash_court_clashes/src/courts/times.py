"""Clock times as minutes since midnight, the way the club's booking sheet writes them."""

from __future__ import annotations


def parse_time(text: str) -> int:
    hours, _, minutes = text.strip().partition(":")
    value = int(hours) * 60 + int(minutes or 0)
    if not 0 <= value <= 24 * 60:
        raise ValueError(f"bad time {text!r}")
    return value


def format_time(minutes: int) -> str:
    return f"{minutes // 60:02d}:{minutes % 60:02d}"
