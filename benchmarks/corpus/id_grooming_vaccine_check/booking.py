from __future__ import annotations

from datetime import date

from pets import Pet

REQUIRED_VACCINES = {
    "dog": ("rabies", "distemper", "kennel cough"),
    "cat": ("rabies", "feline flu"),
}
SMALL_PET_KG = 10.0


def missing_vaccines(pet: Pet, on_day: date) -> list[str]:
    """The vaccines the pet's species requires that it has no valid vaccination for
    on `on_day`: none on record, or the latest one expired before that day.
    Vaccinations without an expiry date never expire."""
    missing = []
    for vaccine in REQUIRED_VACCINES.get(pet.species, ()):
        latest = pet.latest(vaccine)
        if latest is None or latest.expires < on_day:
            missing.append(vaccine)
    return missing


def can_book(pet: Pet, on_day: date) -> bool:
    return pet.species in REQUIRED_VACCINES and not missing_vaccines(pet, on_day)


def groom_minutes(pet: Pet) -> int:
    return 45 if pet.weight_kg <= SMALL_PET_KG else 90
