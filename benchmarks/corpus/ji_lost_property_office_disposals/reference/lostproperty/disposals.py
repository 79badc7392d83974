"""The monthly clear-out: what has sat on the shelf past its holding period, and
where each thing goes."""

from __future__ import annotations

from datetime import date

from lostproperty.register import HOLDING_DAYS, POLICE_VALUE, Item


def route(item: Item) -> str:
    if item.category == "documents":
        return "issuing office"  # passports to the passport office, bank cards to the bank
    if item.category == "jewellery" or item.value >= POLICE_VALUE:
        return "police"
    if item.category == "umbrella":
        return "staff stand"
    return "charity shop"


def due_for_disposal(items: list[Item], today: date) -> list[tuple[str, str]]:
    """(ref, where it goes) for every unclaimed item held longer than its category's
    holding period, oldest first."""
    due = []
    for item in sorted(items, key=lambda item: (item.found_on, item.ref)):
        held = (today - item.found_on).days
        if item.claimed_on is None and held > HOLDING_DAYS[item.category]:
            due.append((item.ref, route(item)))
    return due


def clearance_summary(items: list[Item], today: date) -> dict[str, int]:
    """How many items go to each place, for the clear-out sheet."""
    counts: dict[str, int] = {}
    for _ref, where in due_for_disposal(items, today):
        counts[where] = counts.get(where, 0) + 1
    return counts
