"""The sessions customers can book on a given day."""

from __future__ import annotations

from bounce.clock import Hours, hhmm

OPEN_JUMP = (55, 5)  # minutes on the trampolines, minutes for the marshals to change over
TODDLER = (45, 0)
CAPACITY = {"open": 40, "toddler": 15}


def bookable_sessions(
    hours: Hours, booked: dict[str, int], kind: str = "open", length: int = 55, changeover: int = 5
) -> list[tuple[str, int]]:
    """(start, places left) for each session of the day that still has room. A session
    may start as late as it can still finish by closing time."""

    def starts() -> range:
        return range(hours.opens, hours.closes - length + 1, length + changeover)

    capacity = CAPACITY[kind]
    sessions = []
    for start in starts():
        label = hhmm(start)
        left = capacity - booked.get(label, 0)
        if left > 0:
            sessions.append((label, left))
    return sessions


def book(hours: Hours, booked: dict[str, int], start: str, jumpers: int, kind: str = "open") -> dict[str, int]:
    """The bookings with this party added; ValueError if the session is not on or too full."""
    length, changeover = OPEN_JUMP if kind == "open" else TODDLER
    offered = dict(bookable_sessions(hours, booked, kind, length, changeover))
    if start not in offered:
        raise ValueError(f"no {kind} session with room at {start}")
    if jumpers > offered[start]:
        raise ValueError(f"only {offered[start]} places left at {start}")
    updated = dict(booked)
    updated[start] = updated.get(start, 0) + jumpers
    return updated
