from __future__ import annotations

from dataclasses import dataclass


def minutes(clock: str) -> int:
    """'09:30' -> 570."""
    hours, _, mins = clock.partition(":")
    value = int(hours) * 60 + int(mins)
    if not 0 <= value <= 24 * 60 or not 0 <= int(mins) < 60:
        raise ValueError(f"not a time of day: {clock!r}")
    return value


def clock(value: int) -> str:
    return f"{value // 60:02d}:{value % 60:02d}"


@dataclass(frozen=True)
class Meeting:
    title: str
    start: int  # minutes since midnight
    end: int
    people: frozenset[str]

    @classmethod
    def at(cls, title: str, start: str, end: str, *people: str) -> "Meeting":
        meeting = cls(title, minutes(start), minutes(end), frozenset(people))
        if meeting.end <= meeting.start:
            raise ValueError(f"{title} ends before it starts")
        return meeting
