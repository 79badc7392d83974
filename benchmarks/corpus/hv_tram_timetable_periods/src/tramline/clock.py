"""Timetable times as minutes after midnight. Late services run past 24:00
(00:30 the next morning is written 24:30), as in the operator's data."""

from __future__ import annotations


def parse_time(text: str) -> int:
    hours, _, minutes = text.strip().partition(":")
    if not hours.isdigit() or len(minutes) != 2 or not minutes.isdigit() or int(minutes) > 59:
        raise ValueError(f"not a timetable time: {text!r}")
    return int(hours) * 60 + int(minutes)


def format_time(minutes: int) -> str:
    return f"{minutes // 60:02d}:{minutes % 60:02d}"


def read_departures(text: str) -> list[int]:
    """Departure times separated by spaces or new lines, sorted."""
    return sorted(parse_time(word) for word in text.split())
