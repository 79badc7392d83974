"""Departure sheets for the fiddle yard crew."""

from __future__ import annotations

from layout_ops.clock import MINUTES_PER_DAY, to_minutes, to_text


def departures(first: str, last: str, headway: int) -> list[str]:
    """Departures every `headway` minutes from `first`, up to and including `last`.
    A service that runs past midnight has `last` earlier than `first`."""
    if headway <= 0:
        raise ValueError("headway must be a positive number of minutes")
    start = to_minutes(first)
    end = to_minutes(last)
    if end < start:
        end += MINUTES_PER_DAY
    return [to_text(minute) for minute in range(start, end, headway)]


def next_departure(times: list[str], now: str) -> str | None:
    """The first of `times` (in running order) at or after `now`."""
    current = to_minutes(now)
    for time in times:
        if to_minutes(time) >= current:
            return time
    return None


def merged_sheet(services: dict[str, list[str]]) -> list[tuple[str, str]]:
    """Every (time, service) on one sheet, in time order; services in name order at the same time."""
    rows = [(time, name) for name, times in services.items() for time in times]
    return sorted(rows, key=lambda row: (to_minutes(row[0]), row[1]))
