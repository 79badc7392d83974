"""Readings exported by the inverter's web page: one line every five minutes,

    2024-06-01T05:35,0
    2024-06-01T05:40,12
"""

from __future__ import annotations

import datetime


def parse_readings(text: str) -> list[tuple[datetime.datetime, int]]:
    """(time, watts) pairs in file order; the header and blank lines are skipped,
    and the standby value -1 counts as no power."""
    readings = []
    for number, line in enumerate(text.splitlines(), start=1):
        line = line.strip()
        if not line or line.startswith("time"):
            continue
        try:
            stamp, watts = line.split(",")
            readings.append((datetime.datetime.fromisoformat(stamp), max(0, int(watts))))
        except ValueError:
            raise ValueError(f"line {number}: {line!r}") from None
    return readings
