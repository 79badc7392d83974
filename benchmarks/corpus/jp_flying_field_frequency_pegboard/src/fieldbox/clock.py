"""Times of day as the pilots write them on the board, '14:05'."""

from __future__ import annotations


def to_minutes(text: str) -> int:
    hours, sep, minutes = text.strip().partition(":")
    if not sep or len(minutes) != 2:
        raise ValueError(f"not a time of day: {text!r}")
    h, m = int(hours), int(minutes)
    if not (0 <= h < 24 and 0 <= m < 60):
        raise ValueError(f"not a time of day: {text!r}")
    return h * 60 + m


def to_text(minutes: int) -> str:
    return f"{minutes // 60:02d}:{minutes % 60:02d}"
