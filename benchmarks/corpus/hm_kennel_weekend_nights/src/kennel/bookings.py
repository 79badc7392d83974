"""Boarding bookings: a dog stays from its check-in day to its check-out day
(the night before check-out is the last one it sleeps here)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

SIZES = ("small", "medium", "large")


@dataclass(frozen=True)
class Booking:
    dog: str
    size: str
    check_in: date
    check_out: date

    def __post_init__(self) -> None:
        if self.size not in SIZES:
            raise ValueError(f"unknown size {self.size!r}")
        if self.check_out <= self.check_in:
            raise ValueError("a stay is at least one night")


def nights_of(booking: Booking) -> list[date]:
    """The dates of the nights the dog sleeps here."""
    count = (booking.check_out - booking.check_in).days
    return [booking.check_in + timedelta(days=i) for i in range(count)]


def occupancy(bookings: list[Booking]) -> dict[date, int]:
    """Dogs in the kennel on each night that has any."""
    nights: dict[date, int] = {}
    for booking in bookings:
        for night in nights_of(booking):
            nights[night] = nights.get(night, 0) + 1
    return nights


def fits(bookings: list[Booking], new: Booking, runs: int) -> bool:
    """Whether new can be taken with runs kennel runs."""
    taken = occupancy(bookings)
    return all(taken.get(night, 0) < runs for night in nights_of(new))
