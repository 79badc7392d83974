"""Seating a show's bookings: each party sits together in one row."""

from __future__ import annotations

from planetarium.dome import Dome


class SeatingPlan:
    """Parties are seated in booking order, filling the dome from the front row back.
    A party that will not fit in what is left of a row starts the next one; parties
    bigger than any row, or arriving when the dome is full, are turned away."""

    def __init__(self, dome: Dome) -> None:
        self.dome = dome
        self.seats: dict[str, list[str]] = {}
        self.turned_away: list[str] = []
        self._row = 0
        self._next_seat = 1

    def seat_party(self, name: str, size: int) -> list[str]:
        if size < 1:
            raise ValueError(f"party {name!r} of {size}")
        if name in self.seats:
            raise ValueError(f"party {name!r} is already seated")
        if size > max(self.dome.rows):
            self.turned_away.append(name)
            return []
        rows = self.dome.rows
        while self._row < len(rows) and self._next_seat + size - 1 > rows[self._row]:
            self._row += 1
            self._next_seat = 1
        if self._row == len(rows):
            self.turned_away.append(name)
            return []
        seats = [self.dome.label(self._row, self._next_seat + k) for k in range(size)]
        self._next_seat += size
        self.seats[name] = seats
        return seats

    def seat_all(self, bookings: list[tuple[str, int]]) -> dict[str, list[str]]:
        for name, size in bookings:
            self.seat_party(name, size)
        return self.seats

    def empty_seats(self) -> int:
        return self.dome.capacity - sum(len(seats) for seats in self.seats.values())
