"""Day by day figures for the monthly report."""

from __future__ import annotations

import datetime
from dataclasses import dataclass

INTERVAL_MINUTES = 5


@dataclass
class DaySummary:
    day: datetime.date
    kwh: float
    peak_w: int
    sunny_minutes: int  # minutes producing anything at all


def daily_summaries(readings: list[tuple[datetime.datetime, int]]) -> list[DaySummary]:
    """One summary per day with readings, in order; readings must be sorted by time."""
    summaries = []
    day = None
    energy_wh = 0.0
    peak = 0
    minutes = 0
    for stamp, watts in readings:
        if stamp.date() != day:
            if day is not None:
                summaries.append(DaySummary(day, round(energy_wh / 1000, 3), peak, minutes))
            day = stamp.date()
            energy_wh = 0.0
            peak = 0
            minutes = 0
        energy_wh += watts * INTERVAL_MINUTES / 60
        peak = max(peak, watts)
        if watts > 0:
            minutes += INTERVAL_MINUTES
    if day is not None:
        summaries.append(DaySummary(day, round(energy_wh / 1000, 3), peak, minutes))
    return summaries


def best_day(summaries: list[DaySummary]) -> DaySummary | None:
    return max(summaries, key=lambda summary: summary.kwh, default=None)


def month_total(summaries: list[DaySummary], year: int, month: int) -> float:
    return round(sum(s.kwh for s in summaries if (s.day.year, s.day.month) == (year, month)), 3)
