"""How full the hut is, night by night."""

from __future__ import annotations

from datetime import date, timedelta

from hut.stays import Stay

BUNKS = 24


def occupancy(stays: list[Stay], first: date, last: date) -> dict[date, int]:
    """People sleeping at the hut on each night from `first` to `last`, both included.
    A night is named by its evening: a party arriving Friday and leaving Sunday sleeps
    Friday and Saturday."""

    def nights(stay: Stay) -> list[date]:
        return [stay.arrive + timedelta(days=k) for k in range(stay.length)]

    counts = {first + timedelta(days=k): 0 for k in range((last - first).days + 1)}
    for stay in stays:
        for night in nights(stay):
            if night in counts:
                counts[night] += stay.people
    return counts


def full_nights(stays: list[Stay], first: date, last: date, bunks: int = BUNKS) -> list[date]:
    return [night for night, people in occupancy(stays, first, last).items() if people >= bunks]


def can_take(stays: list[Stay], new: Stay, bunks: int = BUNKS) -> bool:
    """Whether a new party fits on every night of its stay."""
    last_night = new.leave - timedelta(days=1)
    counts = occupancy(stays, new.arrive, last_night)
    return all(people + new.people <= bunks for people in counts.values())
