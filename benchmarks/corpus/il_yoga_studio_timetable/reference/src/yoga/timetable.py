"""The weekly timetable pinned up at the front desk."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]


@dataclass(frozen=True)
class Slot:
    weekday: int  # 0 is Monday, as in date.weekday()
    start: time
    minutes: int
    style: str
    teacher: str
    capacity: int = 12

    def label(self) -> str:
        return f"{DAYS[self.weekday]} {self.start:%H:%M} {self.style}"


def parse_timetable(text: str) -> list[Slot]:
    """One class a line: 'Tue 07:00 60 vinyasa Maya 14' (the capacity may be left off)."""
    slots = []
    for line in text.splitlines():
        if not line.strip():
            continue
        day, start, minutes, style, teacher, *capacity = line.split()
        if day.title() not in DAYS:
            raise ValueError(f"unknown day {day!r}")
        slot = Slot(DAYS.index(day.title()), time.fromisoformat(start), int(minutes), style.lower(), teacher)
        if capacity:
            slot = Slot(slot.weekday, slot.start, slot.minutes, slot.style, slot.teacher, int(capacity[0]))
        slots.append(slot)
    return slots


class Timetable:
    def __init__(self, slots: list[Slot]):
        self.slots = sorted(slots, key=lambda slot: (slot.weekday, slot.start))

    def classes_on(self, day: date) -> list[Slot]:
        """The classes held on `day`, earliest first."""
        return [slot for slot in self.slots if slot.weekday == day.weekday()]

    def next_class(self, style: str, after: datetime) -> datetime | None:
        """When the next class of `style` starts after `after`, looking a week ahead."""
        for offset in range(8):
            day = after.date() + timedelta(days=offset)
            for slot in self.classes_on(day):
                start = datetime.combine(day, slot.start)
                if slot.style == style and start > after:
                    return start
        return None

    def teaching(self, teacher: str) -> list[str]:
        return [slot.label() for slot in self.slots if slot.teacher == teacher]
