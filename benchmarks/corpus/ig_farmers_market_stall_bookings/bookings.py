from __future__ import annotations

from datetime import date

from pitches import Booking, Pitch


def free_pitches(pitches: list[Pitch], bookings: list[Booking], day: date,
                 needs_power: bool = False, wants_cover: bool = False) -> list[int]:
    """Numbers of the pitches nobody holds a booking for on `day` (a cancelled
    booking frees its pitch), with a power hook-up if the trader needs power and
    covered if they want cover, in pitch order."""
    taken = set()
    for booking in bookings:
        if booking.day == day:
            taken.add(booking.pitch)
    free = []
    for pitch in sorted(pitches, key=lambda p: p.number):
        if pitch.number in taken:
            continue
        if needs_power and not pitch.power:
            continue
        if wants_cover and not pitch.covered:
            continue
        free.append(pitch.number)
    return free


def book(pitches: list[Pitch], bookings: list[Booking], trader: str, day: date,
         needs_power: bool = False, wants_cover: bool = False) -> Booking | None:
    """Book the lowest numbered suitable free pitch for the trader, if any."""
    free = free_pitches(pitches, bookings, day, needs_power, wants_cover)
    if not free:
        return None
    booking = Booking(trader, free[0], day)
    bookings.append(booking)
    return booking
