"""Packing a parcel for a referred household."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from .stock import Stock

# Items of each category per person in the household, for three days.
PER_PERSON = {"tins": 3, "pasta": 1, "cereal": 1, "tea": 1}


@dataclass
class Household:
    ref: str
    adults: int
    children: int = 0
    allergies: set[str] | None = None  # None when the referral did not say

    @classmethod
    def from_referral(cls, referral: dict) -> "Household":
        allergies = referral.get("allergies")
        return cls(
            ref=referral["ref"],
            adults=int(referral.get("adults", 1)),
            children=int(referral.get("children", 0)),
            allergies=None if allergies is None else {a.strip().lower() for a in allergies},
        )


def parcel_for(household: Household, stock: Stock, today: date) -> dict[str, int]:
    """Take a parcel for the household out of stock: PER_PERSON items of each
    category for each person, the soonest best-before first, leaving out anything
    containing what the household is allergic to. {item name: count}; a category
    comes up short when the shelves run out."""
    people = household.adults + household.children
    parcel: dict[str, int] = {}
    for category, per_person in PER_PERSON.items():
        wanted = per_person * people
        for item in stock.available(category, today):
            if wanted == 0:
                break
            if item.allergens & household.allergies:
                continue
            count = min(wanted, item.quantity)
            stock.take(item, count)
            parcel[item.name] = parcel.get(item.name, 0) + count
            wanted -= count
    return parcel
