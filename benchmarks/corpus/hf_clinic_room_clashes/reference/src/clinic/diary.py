"""The diary of one consulting room."""

from __future__ import annotations

from dataclasses import dataclass

from .clock import format_time, parse_time


class Conflict(Exception):
    pass


@dataclass(frozen=True)
class Appointment:
    patient: str
    start: int  # minutes after midnight
    end: int

    def __str__(self) -> str:
        return f"{format_time(self.start)}-{format_time(self.end)} {self.patient}"


class RoomDiary:
    def __init__(self, room: str, opens: str = "08:00", closes: str = "18:00") -> None:
        self.room = room
        self.opens = parse_time(opens)
        self.closes = parse_time(closes)
        self.appointments: list[Appointment] = []

    def clashes(self, start: int, end: int) -> list[Appointment]:
        """The appointments that share some time with [start, end). Back-to-back
        appointments do not clash."""
        return [appointment for appointment in self.appointments
                if appointment.start <= start < appointment.end
                or start <= appointment.start < end]

    def book(self, patient: str, at: str, minutes: int) -> Appointment:
        if minutes <= 0:
            raise ValueError("an appointment takes some time")
        start = parse_time(at)
        end = start + minutes
        if start < self.opens or end > self.closes:
            raise Conflict(f"{self.room} is closed then")
        taken = self.clashes(start, end)
        if taken:
            raise Conflict(f"{self.room} is taken: {taken[0]}")
        appointment = Appointment(patient, start, end)
        self.appointments.append(appointment)
        self.appointments.sort(key=lambda a: a.start)
        return appointment

    def cancel(self, patient: str) -> int:
        before = len(self.appointments)
        self.appointments = [a for a in self.appointments if a.patient != patient]
        return before - len(self.appointments)

    def free_slots(self, minutes: int, step: int = 15) -> list[str]:
        """The times, every `step` minutes from opening, at which an appointment of that length fits."""
        return [format_time(t) for t in range(self.opens, self.closes - minutes + 1, step)
                if not self.clashes(t, t + minutes)]
