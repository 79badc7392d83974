"""Check-ins as the phone app exports them: one "YYYY-MM-DD habit" per line,
in the order they were made (so not always sorted, and sometimes twice a day)."""

from __future__ import annotations

import datetime
from collections import defaultdict


def parse_checkins(text: str) -> dict[str, list[datetime.date]]:
    days = defaultdict(list)
    for number, line in enumerate(text.splitlines(), 1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        stamp, _, habit = line.partition(" ")
        if not habit.strip():
            raise ValueError(f"line {number}: no habit named")
        days[habit.strip().lower()].append(datetime.date.fromisoformat(stamp))
    return dict(days)
