"""The weekly reminder run: which owners to email about which shots."""

from __future__ import annotations

import datetime

from vetclinic.records import Pet
from vetclinic.vaccines import next_due

AHEAD_DAYS = 30


def due_reminders(pets: list[Pet], today: datetime.date, ahead: int = AHEAD_DAYS) -> list[tuple]:
    """(email, pet name, vaccine, due date) for each shot due within `ahead` days
    of today or already overdue, earliest first. Deceased pets get none, and neither
    do owners who opted out of reminders or left no email address."""
    horizon = today + datetime.timedelta(days=ahead)
    found = []
    for pet in pets:
        if pet.deceased or pet.owner.opted_out or not pet.owner.email:
            continue
        for vaccine, given in pet.shots.items():
            due = next_due(vaccine, given)
            if due <= horizon:
                found.append((pet.owner.email, pet.name, vaccine, due))
    return sorted(found, key=lambda reminder: (reminder[3], reminder[1], reminder[2]))


def overdue_count(pets: list[Pet], today: datetime.date) -> int:
    return sum(
        1
        for pet in pets
        if not pet.deceased
        for vaccine, given in pet.shots.items()
        if next_due(vaccine, given) < today
    )
