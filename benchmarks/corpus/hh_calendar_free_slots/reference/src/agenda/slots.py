"""Finding free time between meetings."""

from __future__ import annotations

from .models import Meeting, clock


def free_slots(busy: list[tuple[int, int]], day_start: int, day_end: int, min_length: int) -> list[tuple[int, int]]:
    """The gaps of at least min_length minutes between day_start and day_end that
    no busy (start, end) interval covers; busy intervals may overlap."""
    slots = []
    cursor = day_start
    for start, end in sorted(busy):
        if start - cursor >= min_length:
            slots.append((cursor, start))
        cursor = max(cursor, end)
    if day_end - cursor >= min_length:
        slots.append((cursor, day_end))
    return slots


def common_free_time(meetings: list[Meeting], people: set[str], length: int,
                     day_start: int = 9 * 60, day_end: int = 17 * 60) -> list[str]:
    """Free slots shared by everyone in people, as 'HH:MM-HH:MM'."""
    busy = [(m.start, m.end) for m in meetings if m.people & people]
    return [f"{clock(start)}-{clock(end)}" for start, end in free_slots(busy, day_start, day_end, length)]
