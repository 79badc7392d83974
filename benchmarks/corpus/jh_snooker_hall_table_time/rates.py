"""What the tables cost at the Crown Street snooker hall, in pence."""

from __future__ import annotations

import math
from datetime import datetime

# Pence an hour: (off-peak, peak).
HOURLY = {
    "snooker": (600, 900),
    "pool": (400, 600),
}
PEAK_FROM_HOUR = 17  # weekday evenings, and all weekend
MEMBER_DISCOUNT = 0.25
BILLED_IN_MINUTES = 15  # every quarter hour started is charged


def is_peak(when: datetime) -> bool:
    return when.weekday() >= 5 or when.hour >= PEAK_FROM_HOUR


def session_charge(kind: str, start: datetime, end: datetime, member: bool = False) -> int:
    """The charge for a session, all at the rate of the time it started."""
    if end < start:
        raise ValueError("the session ends before it starts")
    off_peak, peak = HOURLY[kind]
    per_hour = peak if is_peak(start) else off_peak
    minutes = (end - start).total_seconds() / 60
    blocks = max(1, math.ceil(minutes / BILLED_IN_MINUTES))
    pence = per_hour * blocks * BILLED_IN_MINUTES / 60
    if member:
        pence *= 1 - MEMBER_DISCOUNT
    return round(pence)
