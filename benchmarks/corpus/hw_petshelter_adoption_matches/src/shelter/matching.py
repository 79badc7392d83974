"""Which animals an applicant is invited to meet."""

from __future__ import annotations

import datetime

from shelter.animals import Animal, Applicant


def matches(animals: list[Animal], applicant: Applicant, today: datetime.date) -> list[str]:
    """The animals of the species asked for that can go home now: not reserved,
    past any stray hold, and fine with the applicant's children and cats. Those
    waiting longest come first."""
    suitable = [
        animal
        for animal in animals
        if animal.species == applicant.species
        and not animal.reserved
        and animal.available_from() <= today
        and (animal.good_with_kids or not applicant.has_kids)
    ]
    suitable.sort(key=lambda animal: (animal.arrived, animal.name))
    return [animal.name for animal in suitable]


def longest_stays(animals: list[Animal], today: datetime.date, count: int = 3) -> list[tuple[str, int]]:
    """The animals that have been with us longest, with their days in the shelter."""
    stays = sorted(((a.name, (today - a.arrived).days) for a in animals if not a.reserved), key=lambda s: (-s[1], s[0]))
    return stays[:count]
