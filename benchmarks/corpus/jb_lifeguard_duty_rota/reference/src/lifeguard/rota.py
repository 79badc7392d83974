"""Working-time checks on the duty sheet: no guard works more than six days in a row."""

from __future__ import annotations

from datetime import date

MAX_DAYS_IN_A_ROW = 6

Stretch = tuple[date, date]


def duty_stretches(days: list[date]) -> list[Stretch]:
    """The runs of consecutive days worked, as (first, last) pairs in date order."""
    ordered = sorted(set(days))
    if not ordered:
        return []
    stretches = []
    first = last = ordered[0]
    for day in ordered[1:]:
        if (day - last).days > 1:
            stretches.append((first, last))
            first = day
        last = day
    stretches.append((first, last))
    return stretches


def stretch_length(stretch: Stretch) -> int:
    first, last = stretch
    return (last - first).days + 1


def too_long(duties: dict[str, list[date]], limit: int = MAX_DAYS_IN_A_ROW) -> dict[str, list[Stretch]]:
    """For each guard who worked more than `limit` days in a row, those stretches."""
    report = {}
    for name in sorted(duties):
        long = [s for s in duty_stretches(duties[name]) if stretch_length(s) > limit]
        if long:
            report[name] = long
    return report


def longest_stretch(duties: dict[str, list[date]], name: str) -> int:
    stretches = duty_stretches(duties.get(name, []))
    return max((stretch_length(s) for s in stretches), default=0)
