"""The day's bookings as the salon's booking app exports them:

    09:00  45  chair 1  Okafor, cut and blow-dry
    09:15  90  chair 2  Lindqvist, full colour
"""

from __future__ import annotations

import re
from dataclasses import dataclass

LINE = re.compile(r"^(\d{1,2}):(\d{2})\s+(\d+)\s+chair\s+(\d+)\s+(.+)$")


@dataclass(frozen=True)
class Booking:
    start: int  # minutes after midnight
    minutes: int
    chair: int
    note: str

    @property
    def end(self) -> int:
        return self.start + self.minutes


def read_bookings(text: str) -> list[Booking]:
    bookings = []
    for line in text.splitlines():
        line = line.strip()
        if not line:
            continue
        match = LINE.match(line)
        if not match:
            raise ValueError(f"cannot read {line!r}")
        hours, minutes, length, chair, note = match.groups()
        bookings.append(Booking(int(hours) * 60 + int(minutes), int(length), int(chair), note))
    return bookings


def clock(minutes: int) -> str:
    return f"{minutes // 60:02d}:{minutes % 60:02d}"
