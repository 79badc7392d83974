"""Turns a stop's departures into the 'every N minutes' lines of the printed
timetable at the stop."""

from __future__ import annotations

from dataclasses import dataclass

from tramline.clock import format_time


@dataclass(frozen=True)
class Period:
    first: int  # minutes after midnight
    last: int
    headway: int  # minutes between trams; 0 for a single departure


def service_periods(departures: list[int]) -> list[Period]:
    """Splits sorted departures into runs with the same gap between trams. A
    departure where the gap changes ends one period and starts the next."""
    if not departures:
        return []
    if len(departures) == 1:
        return [Period(departures[0], departures[0], 0)]
    periods = []
    first = departures[0]
    headway = departures[1] - departures[0]
    for previous, departure in zip(departures[1:], departures[2:]):
        gap = departure - previous
        if gap != headway:
            periods.append(Period(first, previous, headway))
            first = previous
            headway = gap
    periods.append(Period(first, departures[-1], headway))
    return periods


def describe(periods: list[Period]) -> list[str]:
    lines = []
    for period in periods:
        if period.first == period.last:
            lines.append(f"{format_time(period.first)} only")
        else:
            lines.append(f"{format_time(period.first)}-{format_time(period.last)} every {period.headway} min")
    return lines


def headway_at(periods: list[Period], minute: int) -> int | None:
    """How long a passenger arriving at this minute waits at most: the headway of
    the period running then, or None outside service hours."""
    for period in periods:
        if period.first <= minute < period.last:
            return period.headway
    return None
