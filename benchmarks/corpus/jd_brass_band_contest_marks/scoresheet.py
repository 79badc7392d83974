"""Adjudicators' marks as the contest controller types them in: one line per mark,
'adjudicator: band = points', with # comments."""

from __future__ import annotations


def parse_marks(text: str) -> list[tuple[str, str, float]]:
    marks = []
    for number, line in enumerate(text.splitlines(), start=1):
        line = line.split("#", 1)[0].strip()
        if not line:
            continue
        adjudicator, sep, rest = line.partition(":")
        band, eq, points = rest.partition("=")
        if not sep or not eq:
            raise ValueError(f"line {number}: expected 'adjudicator: band = points'")
        value = float(points)
        if not 0 <= value <= 100:
            raise ValueError(f"line {number}: marks are out of 100")
        marks.append((adjudicator.strip(), band.strip(), value))
    return marks


def parse_duration(text: str) -> int:
    """A stopwatch reading 'm:ss' in seconds."""
    mins, _, secs = text.strip().partition(":")
    if len(secs) != 2 or int(secs) >= 60:
        raise ValueError(f"not a stopwatch time: {text!r}")
    return int(mins) * 60 + int(secs)
