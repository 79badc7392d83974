"""The regular bands' standing weekly slots, turned into bookings."""

from __future__ import annotations

from dataclasses import dataclass

from studio.diary import RoomDiary


@dataclass(frozen=True)
class Slot:
    band: str
    hour: int
    hours: int = 1


def book_regulars(diary: RoomDiary, slots: list[Slot]) -> dict[str, list[int]]:
    """Books each slot hour by hour in the first free room, in the order of the
    slots: band -> the rooms it got, one per hour booked."""
    given: dict[str, list[int]] = {}
    for slot in slots:
        rooms = given.setdefault(slot.band, [])
        for hour in range(slot.hour, slot.hour + slot.hours):
            room = diary.book_any(hour, slot.band)
            if room is not None:
                rooms.append(room)
    return given


def missed_hours(slots: list[Slot], given: dict[str, list[int]]) -> dict[str, int]:
    """How many hours each band asked for and did not get; bands that got everything are left out."""
    asked: dict[str, int] = {}
    for slot in slots:
        asked[slot.band] = asked.get(slot.band, 0) + slot.hours
    return {band: n - len(given.get(band, [])) for band, n in asked.items() if n > len(given.get(band, []))}
