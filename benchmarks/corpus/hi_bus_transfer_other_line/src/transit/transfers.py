"""Changing buses: which departures a rider can still catch after arriving."""

from __future__ import annotations

from transit.timetable import Call, format_time

MIN_CHANGE = 3  # minutes to cross the stop
MAX_WAIT = 30


def connections(arrival: Call, calls: list[Call], min_change: int = MIN_CHANGE, max_wait: int = MAX_WAIT) -> list[Call]:
    """The calls a rider getting off `arrival` can board: at the same stop, on
    another line, between min_change and max_wait minutes later."""
    found = []
    for call in calls:
        wait = call.minute - arrival.minute
        if call.stop == arrival.stop and min_change <= wait <= max_wait:
            found.append(call)
    return found


def first_connection(arrival: Call, calls: list[Call]) -> Call | None:
    options = connections(arrival, calls)
    return min(options, key=lambda call: call.minute) if options else None


def describe(arrival: Call, calls: list[Call]) -> list[str]:
    return [f"line {call.line} at {format_time(call.minute)}" for call in connections(arrival, calls)]
