"""Lessons in the school's diary."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime


@dataclass(frozen=True)
class Lesson:
    pupil: str
    instructor: str
    start: datetime
    minutes: int = 60
    paid: bool = False
    confirmed: bool = False
    cancelled: bool = False


def parse_lesson(line: str) -> Lesson:
    """`2024-06-03 09:00 | Amy Lowe | Gareth | 90 | paid confirmed` (the flags are optional)."""
    parts = [part.strip() for part in line.split("|")]
    if len(parts) not in (4, 5):
        raise ValueError(f"bad diary line {line!r}")
    flags = set(parts[4].split()) if len(parts) == 5 else set()
    unknown = flags - {"paid", "confirmed", "cancelled"}
    if unknown:
        raise ValueError(f"unknown flags {sorted(unknown)}")
    return Lesson(
        pupil=parts[1],
        instructor=parts[2],
        start=datetime.strptime(parts[0], "%Y-%m-%d %H:%M"),
        minutes=int(parts[3]),
        paid="paid" in flags,
        confirmed="confirmed" in flags,
        cancelled="cancelled" in flags,
    )
