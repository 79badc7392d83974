"""Is a hibernating tortoise losing weight too fast?

The usual guide is no more than 1% of its weight a month. One fast week can just be
a wee; two fast weighings in a row and it comes out of the fridge, as it does if it
has lost a tenth of the weight it went down at.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from hibernation.log import read_log

MONTHLY_LIMIT = 1.0  # percent of its weight
DAYS_PER_MONTH = 30
MOST_LOST = 10.0  # percent of the weight it went down at
FAST_WEIGHINGS_TO_WAKE = 2


@dataclass(frozen=True)
class Assessment:
    went_down: int  # grams
    latest: int
    lost_percent: float
    fast_weighings: int  # the longest run of weighings losing faster than the limit
    advice: str  # "ok", "watch" or "wake"


def monthly_rate(before: int, after: int, days: int) -> float:
    """The percentage of `before` lost in `days`, scaled to a month."""
    return (before - after) / before * 100 * DAYS_PER_MONTH / days


def assess(history: list[tuple[date, int]]) -> Assessment:
    """`history` is one tortoise's weighings, (day, grams), as they were written down;
    a reweigh on the same day replaces the earlier reading."""
    weighings = sorted(dict(history).items())
    if not weighings:
        raise ValueError("no weighings")
    went_down = weighings[0][1]
    previous_day, previous = weighings[0]
    run = longest = 0
    for day, grams in weighings[1:]:
        if monthly_rate(previous, grams, (day - previous_day).days) > MONTHLY_LIMIT:
            run += 1
            longest = max(longest, run)
        else:
            run = 0
    latest = weighings[-1][1]
    lost = round((went_down - latest) / went_down * 100, 1)
    if lost >= MOST_LOST or longest >= FAST_WEIGHINGS_TO_WAKE:
        advice = "wake"
    elif longest:
        advice = "watch"
    else:
        advice = "ok"
    return Assessment(went_down, latest, lost, longest, advice)


def fridge_report(text: str) -> list[str]:
    lines = []
    for name, history in sorted(read_log(text).items()):
        a = assess(history)
        lines.append(f"{name}: {a.went_down}g -> {a.latest}g, lost {a.lost_percent}%, {a.advice}")
    return lines
