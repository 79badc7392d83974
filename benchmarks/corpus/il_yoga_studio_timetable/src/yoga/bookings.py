"""Booking members onto classes against their passes."""

from __future__ import annotations

from datetime import date, time

from yoga.passes import ClassPass
from yoga.timetable import Slot, Timetable


class ClassFull(Exception):
    pass


class Studio:
    def __init__(self, timetable: Timetable, passes: dict[str, ClassPass]):
        self.timetable = timetable
        self.passes = passes
        self.booked: dict[tuple[date, Slot], list[str]] = {}

    def _slot(self, day: date, start: time) -> Slot:
        for slot in self.timetable.classes_on(day):
            if slot.start == start:
                return slot
        raise LookupError(f"no class at {start:%H:%M} on {day}")

    def book(self, member: str, day: date, start: time) -> Slot:
        slot = self._slot(day, start)
        names = self.booked.setdefault((day, slot), [])
        if member in names:
            raise ValueError(f"{member} is already booked on {slot.label()}")
        if len(names) >= slot.capacity:
            raise ClassFull(slot.label())
        self.passes[member].use(day)
        names.append(member)
        return slot

    def cancel(self, member: str, day: date, start: time) -> None:
        names = self.booked.get((day, self._slot(day, start)), [])
        names.remove(member)
        self.passes[member].refund()

    def spaces(self, day: date, start: time) -> int:
        slot = self._slot(day, start)
        return slot.capacity - len(self.booked.get((day, slot), []))
