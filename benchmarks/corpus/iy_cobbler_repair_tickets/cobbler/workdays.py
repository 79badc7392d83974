"""Dates at the shop, which opens Monday to Saturday."""

from __future__ import annotations

from datetime import date, timedelta

SUNDAY = 6


def add_working_days(start: date, days: int) -> date:
    """The day `days` opening days after `start`."""
    day = start
    while days > 0:
        day += timedelta(days=1)
        if day.weekday() != SUNDAY:
            days -= 1
    return day


def days_between(earlier: date, later: date) -> int:
    """Whole days from `earlier` to `later`, negative when `later` comes first."""
    return (later - earlier).days
