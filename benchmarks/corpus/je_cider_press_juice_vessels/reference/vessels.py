"""Filling the fermenting vessels as the juice comes off the press.

Juice goes into one vessel at a time, straight from the bucket. When a vessel is
full it is sealed and the next one started, so one person's juice can end up in
two vessels; everyone gets a share of the cider from each vessel their juice went
into.
"""

from __future__ import annotations

from collections import defaultdict

from pressings import Pressing

Vessel = list[tuple[str, int]]  # (owner, litres) in the order poured


def fill_vessels(pressings: list[Pressing], capacity: int) -> list[Vessel]:
    if capacity <= 0:
        raise ValueError("a vessel must hold something")
    vessels: list[Vessel] = []
    current: Vessel = []
    room = capacity

    def seal() -> None:
        nonlocal current, room
        vessels.append(current)
        current = []
        room = capacity

    for pressing in pressings:
        litres = pressing.litres()
        while litres > 0:
            poured = min(litres, room)
            current.append((pressing.owner, poured))
            room -= poured
            litres -= poured
            if room == 0:
                seal()
    if current:
        seal()
    return vessels


def labels(vessels: list[Vessel]) -> list[str]:
    """The tag tied round each vessel's neck."""
    tags = []
    for number, vessel in enumerate(vessels, start=1):
        owners: dict[str, int] = defaultdict(int)
        for owner, litres in vessel:
            owners[owner] += litres
        parts = ", ".join(f"{owner} {litres} L" for owner, litres in owners.items())
        tags.append(f"Vessel {number}: {parts}")
    return tags


def shares(vessels: list[Vessel]) -> dict[str, int]:
    """Litres each person put in, over all the vessels."""
    totals: dict[str, int] = defaultdict(int)
    for vessel in vessels:
        for owner, litres in vessel:
            totals[owner] += litres
    return dict(totals)
