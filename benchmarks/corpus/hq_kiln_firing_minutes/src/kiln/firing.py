"""How long a firing takes, and when to come back to the kiln."""

from __future__ import annotations

from .schedule import Segment

ROOM = 20.0


def firing_minutes(segments: list[Segment], room: float = ROOM) -> float:
    """Minutes from switching on at room temperature to the end of the last hold:
    each segment ramps from where the one before it ended (up or down) to its
    target at its rate, then holds."""
    temperature = room
    total = 0.0
    for segment in segments:
        total += abs(segment.target - temperature) / segment.rate * 60
        total += segment.hold
    return total


def peak(segments: list[Segment], room: float = ROOM) -> float:
    return max([room] + [segment.target for segment in segments])


def finish_clock(start: str, segments: list[Segment], room: float = ROOM) -> str:
    """Time of day the firing ends, 'HH:MM' (plus '+1' and so on past midnight)."""
    hours, minutes = start.split(":")
    end = int(hours) * 60 + int(minutes) + round(firing_minutes(segments, room))
    days, minute = divmod(end, 24 * 60)
    clock = f"{minute // 60:02d}:{minute % 60:02d}"
    return clock + (f" +{days}" if days else "")
