"""Stays booked at the hut, as the warden keeps them."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True)
class Stay:
    party: str
    people: int
    arrive: date
    leave: date

    @property
    def length(self) -> int:
        return (self.leave - self.arrive).days


def parse_stays(text: str) -> list[Stay]:
    """Lines of 'party; people; arrive; leave' with ISO dates."""
    stays = []
    for line in text.strip().splitlines():
        party, people, arrive, leave = (part.strip() for part in line.split(";"))
        stay = Stay(party, int(people), date.fromisoformat(arrive), date.fromisoformat(leave))
        if stay.length < 1:
            raise ValueError(f"{party}: leaves before arriving")
        stays.append(stay)
    return stays
