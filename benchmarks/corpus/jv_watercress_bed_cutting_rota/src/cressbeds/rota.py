"""The week's rota for the cutting gang and the bunch count for the packhouse."""

from __future__ import annotations

from datetime import date

from cressbeds.beds import Bed

BUNCHES_PER_CRATE = 48


def rota(beds: list[Bed], start: date, end: date) -> dict[date, list[str]]:
    """The beds to cut on each day that has any, in bed name order."""
    days: dict[date, list[str]] = {}
    for bed in sorted(beds, key=lambda b: b.name):
        for day in bed.cutting_days(start, end):
            days.setdefault(day, []).append(bed.name)
    return dict(sorted(days.items()))


def crates(beds: list[Bed], start: date, end: date) -> dict[date, int]:
    """Crates the packhouse needs ready each cutting day; a part crate is a crate."""
    bunches: dict[date, int] = {}
    for bed in beds:
        for day in bed.cutting_days(start, end):
            bunches[day] = bunches.get(day, 0) + bed.bunches_per_cut
    return {day: -(-count // BUNCHES_PER_CRATE) for day, count in sorted(bunches.items())}
