"""The pool's duty sheet: one line a day, the date and then the guards on duty."""

from __future__ import annotations

from collections import defaultdict
from datetime import date


def parse_sheet(text: str) -> dict[str, list[date]]:
    """'2024-07-01: Amy, Ben' lines into each guard's duty days, in sheet order.
    Blank lines and '#' comments are skipped; a day nobody covers reads
    '2024-07-02: -'."""
    duties: dict[str, list[date]] = defaultdict(list)
    for number, line in enumerate(text.splitlines(), start=1):
        line = line.split("#", 1)[0].strip()
        if not line:
            continue
        day_text, sep, names = line.partition(":")
        if not sep:
            raise ValueError(f"line {number}: expected 'date: names'")
        day = date.fromisoformat(day_text.strip())
        for name in names.split(","):
            name = name.strip()
            if name and name != "-":
                duties[name].append(day)
    return dict(duties)


def guards_on(duties: dict[str, list[date]], day: date) -> list[str]:
    return sorted(name for name, days in duties.items() if day in days)
