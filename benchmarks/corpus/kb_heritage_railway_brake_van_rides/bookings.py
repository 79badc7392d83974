"""The booking office: parties from the web shop's export, and the platform board."""

from __future__ import annotations

from timetable import RideDay, clock


def read_bookings(text: str) -> list[tuple[str, int, str]]:
    """'name, people, time wanted' lines; blank lines are skipped."""
    bookings = []
    for line in text.strip().splitlines():
        if not line.strip():
            continue
        name, people, wanted = (field.strip() for field in line.split(","))
        if int(people) < 1:
            raise ValueError(f"{name}: a party of {people}")
        bookings.append((name, int(people), wanted))
    return bookings


def book_all(day: RideDay, bookings: list[tuple[str, int, str]]) -> dict[str, list[tuple[str, int]] | None]:
    """Each booking's rides, as [(time, seats)], in booking order; None for those who
    could not be seated. Parties bigger than the van are booked as groups."""
    seated: dict[str, list[tuple[str, int]] | None] = {}
    for name, people, wanted in bookings:
        if people <= day.seats:
            time = day.book(wanted, people)
            seated[name] = None if time is None else [(time, people)]
        else:
            seated[name] = day.book_group(wanted, people)
    return seated


def platform_board(day: RideDay) -> list[str]:
    """One line a departure: its time and the seats still free, or FULL."""
    lines = []
    for t in range(day.opens, day.closes, day.every):
        free = day.free_seats(t)
        lines.append(f"{clock(t)}  {free} seats" if free else f"{clock(t)}  FULL")
    return lines
