"""Opening hours and the half-hour slots the lanes are booked in."""

from __future__ import annotations

from datetime import time

OPENING = time(12, 0)
CLOSING = time(22, 0)
SLOT_MINUTES = 30
LANES = (1, 2, 3, 4)


def _minutes(t: time) -> int:
    return t.hour * 60 + t.minute


def slot_index(t: time) -> int:
    """The slot starting at `t`, counting from 0 at opening; closing time is the
    slot after the last one."""
    minutes = _minutes(t) - _minutes(OPENING)
    if minutes < 0 or t > CLOSING:
        raise ValueError(f"{t:%H:%M} is outside opening hours")
    if minutes % SLOT_MINUTES:
        raise ValueError(f"{t:%H:%M} is not on a half hour")
    return minutes // SLOT_MINUTES


def slot_time(index: int) -> time:
    minutes = _minutes(OPENING) + index * SLOT_MINUTES
    return time(minutes // 60, minutes % 60)


SLOTS_PER_DAY = slot_index(CLOSING)
