"""Nights from the sleep diary: when I went to bed, when I got up, and the
stretches I lay awake in between, all as HH:MM on a 24-hour clock."""

from __future__ import annotations

DAY = 24 * 60


def clock_minutes(hhmm: str) -> int:
    hours, minutes = hhmm.split(":")
    if not (0 <= int(hours) < 24 and 0 <= int(minutes) < 60):
        raise ValueError(f"not a time: {hhmm!r}")
    return int(hours) * 60 + int(minutes)


def span(start: str, end: str) -> int:
    """Minutes from start to end, past midnight if need be."""
    return (clock_minutes(end) - clock_minutes(start)) % DAY


def night(bed: str, up: str, awake: list[tuple[str, str]] = ()) -> dict:
    in_bed = span(bed, up)
    asleep = in_bed - sum(span(start, end) for start, end in awake)
    if asleep < 0:
        raise ValueError("awake for longer than in bed")
    efficiency = round(100 * asleep / in_bed, 1) if in_bed else 0.0
    return {"in_bed": in_bed, "asleep": asleep, "efficiency": efficiency}
