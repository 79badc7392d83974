from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Track:
    title: str
    seconds: int


def parse_length(text: str) -> int:
    """'3:45' -> 225 seconds."""
    minutes, _, seconds = text.partition(":")
    return int(minutes) * 60 + int(seconds)


def track(title: str, length: str) -> Track:
    return Track(title, parse_length(length))


def clock(seconds: int) -> str:
    """225 -> '3:45', 3725 -> '1:02:05'."""
    hours, rest = divmod(seconds, 3600)
    minutes, seconds = divmod(rest, 60)
    if hours:
        return f"{hours}:{minutes:02d}:{seconds:02d}"
    return f"{minutes}:{seconds:02d}"
