"""Scheduled calls of bus lines at stops, as the operator exports them."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Call:
    line: str
    stop: str
    minute: int  # minutes after midnight of the service day


def parse_time(text: str) -> int:
    """Minutes after midnight of "HH:MM"; late buses run up to 29:59 on the same service day."""
    hours, _, minutes = text.strip().partition(":")
    h, m = int(hours), int(minutes)
    if not (0 <= h < 30 and 0 <= m < 60):
        raise ValueError(f"bad time {text!r}")
    return h * 60 + m


def format_time(minute: int) -> str:
    return f"{minute // 60:02d}:{minute % 60:02d}"


def load_calls(rows: list[tuple[str, str, str]]) -> list[Call]:
    """Calls from (line, stop, "HH:MM") rows, in time order."""
    calls = [Call(line, stop, parse_time(time)) for line, stop, time in rows]
    return sorted(calls, key=lambda call: (call.minute, call.line, call.stop))
