"""Finding free meeting slots in a working day."""

from __future__ import annotations

from agenda.clock import format_minutes, to_minutes


def merge_busy(busy: list[tuple[str, str]]) -> list[tuple[int, int]]:
    """Busy periods as sorted, non-overlapping (start, end) minute pairs."""
    merged: list[tuple[int, int]] = []
    for start, end in sorted((to_minutes(a), to_minutes(b)) for a, b in busy):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged


def free_slots(busy: list[tuple[str, str]], day_start: str = "09:00", day_end: str = "17:00",
               length: int = 30, step: int = 15) -> list[str]:
    """Start times, every `step` minutes from `day_start`, of the meetings of `length`
    minutes that end by `day_end` and overlap no busy period."""
    if length <= 0 or step <= 0:
        raise ValueError("length and step must be positive")
    start, end = to_minutes(day_start), to_minutes(day_end)
    blocked = merge_busy(busy)
    slots = []
    for begin in range(start, end - length, step):
        finish = begin + length
        if any(b_start < finish and begin < b_end for b_start, b_end in blocked):
            continue
        slots.append(format_minutes(begin))
    return slots


def first_common_slot(calendars: list[list[tuple[str, str]]], **options) -> str | None:
    everyone_busy = [period for calendar in calendars for period in calendar]
    slots = free_slots(everyone_busy, **options)
    return slots[0] if slots else None
