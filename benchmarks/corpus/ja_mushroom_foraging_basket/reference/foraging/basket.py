"""Sorting a walk's finds at the end of the day."""

from __future__ import annotations

from dataclasses import dataclass

from foraging.guide import lookup


@dataclass(frozen=True)
class Find:
    forager: str
    species: str
    grams: int
    confirmed: bool = False  # a second forager has checked the identification


def basket_report(finds: list[Find]) -> dict:
    """Split the finds into the basket, those still to be checked by a second
    forager, and those to throw away (unknown or not edible), with the basket's weight.
    A species with a poisonous lookalike goes in the basket only once confirmed."""

    def status(find: Find) -> str:
        species = lookup(find.species)
        if species is None or not species.edible:
            return "discard"
        if species.has_lookalike and not find.confirmed:
            return "check"
        return "basket"

    report: dict = {"basket": [], "check": [], "discard": []}
    for find in finds:
        report[status(find)].append(find.species.strip().lower())
    report["basket_grams"] = sum(find.grams for find in finds if status(find) == "basket")
    return report


def by_forager(finds: list[Find]) -> dict[str, int]:
    """Grams each forager brought back, whatever became of it."""
    totals: dict[str, int] = {}
    for find in finds:
        totals[find.forager] = totals.get(find.forager, 0) + find.grams
    return totals
