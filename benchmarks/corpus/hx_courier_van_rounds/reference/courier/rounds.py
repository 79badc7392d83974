"""Loading the day's parcels into vans."""

from __future__ import annotations

from .parcels import Parcel


def plan_rounds(parcels: list[Parcel], capacity_grams: int, max_parcels: int = 40) -> list[list[str]]:
    """The parcel refs for each van, in postcode order so that a round stays in one
    part of town. A van takes parcels until the next would put it over its capacity
    (it may be loaded to exactly its capacity) or it holds max_parcels; then the next
    van is started."""
    rounds: list[list[str]] = []
    current: list[str] = []
    load = 0
    for parcel in sorted(parcels, key=lambda p: (p.postcode, p.ref)):
        if parcel.grams > capacity_grams:
            raise ValueError(f"{parcel.ref} is too heavy for a van")
        if current and (load + parcel.grams > capacity_grams or len(current) == max_parcels):
            rounds.append(current)
            current = []
            load = 0
        current.append(parcel.ref)
        load += parcel.grams
    if current:
        rounds.append(current)
    return rounds


def districts(parcels: list[Parcel], refs: list[str]) -> list[str]:
    """The postcode districts a round visits, in the order it reaches them."""
    by_ref = {parcel.ref: parcel for parcel in parcels}
    seen: list[str] = []
    for ref in refs:
        district = by_ref[ref].district
        if district not in seen:
            seen.append(district)
    return seen
