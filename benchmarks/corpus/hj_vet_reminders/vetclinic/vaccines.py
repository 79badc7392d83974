"""How long each vaccine protects for, in days."""

from __future__ import annotations

import datetime

INTERVALS = {
    "rabies": 3 * 365,
    "distemper": 3 * 365,
    "leptospirosis": 365,
    "kennel cough": 365,
    "feline leukemia": 365,
}


def next_due(vaccine: str, last_given: datetime.date) -> datetime.date:
    if vaccine not in INTERVALS:
        raise KeyError(f"unknown vaccine {vaccine!r}")
    return last_given + datetime.timedelta(days=INTERVALS[vaccine])
