"""Checks on the rota. A guard moving from one tower straight to another is still on
watch, so the stint runs on; any gap at all counts as a break."""

from __future__ import annotations

from collections import defaultdict
from datetime import datetime, timedelta

from lifeguards.shifts import Shift

MAX_STINT = timedelta(hours=4)


def stints(shifts: list[Shift]) -> list[tuple[str, datetime, datetime]]:
    """Each guard's unbroken spells on watch, as (guard, start, end), by guard and then time."""
    by_guard: dict[str, list[Shift]] = defaultdict(list)
    for s in shifts:
        by_guard[s.guard].append(s)
    result = []
    for guard in sorted(by_guard):
        start = end = None
        for s in sorted(by_guard[guard], key=lambda s: s.start):
            if start is not None and s.start <= end:
                end = max(end, s.end)
            else:
                if start is not None:
                    result.append((guard, start, end))
                start, end = s.start, s.end
        result.append((guard, start, end))
    return result


def too_long(shifts: list[Shift], limit: timedelta = MAX_STINT) -> list[tuple[str, datetime]]:
    """Stints over the limit without a break, as (guard, stint start)."""
    return [(guard, start) for guard, start, end in stints(shifts) if end - start > limit]


def unmanned(shifts: list[Shift], tower: str, opens: datetime, closes: datetime) -> list[tuple[datetime, datetime]]:
    """Stretches between opening and closing when nobody is on the tower."""
    gaps = []
    covered_to = opens
    for s in sorted((s for s in shifts if s.tower == tower), key=lambda s: s.start):
        if s.start > covered_to:
            gaps.append((covered_to, min(s.start, closes)))
        covered_to = max(covered_to, s.end)
        if covered_to >= closes:
            break
    if covered_to < closes:
        gaps.append((covered_to, closes))
    return [(a, b) for a, b in gaps if a < b]
