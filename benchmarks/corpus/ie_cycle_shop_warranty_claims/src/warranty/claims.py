from __future__ import annotations

from datetime import date

from .models import Bike, Claim

FRAME_PARTS = {"frame", "fork"}
ELECTRIC_PARTS = {"battery", "motor", "display"}
WEAR_PARTS = {"tyres", "chain", "brake pads", "grips", "saddle"}


def full_years(start: date, end: date) -> int:
    """Whole years from `start` to `end`."""
    years = end.year - start.year
    if (end.month, end.day) < (start.month, start.day):
        years -= 1
    return years


def cover_years(bike: Bike, part: str) -> int:
    """How many years of cover the bike has on `part`."""
    if part in FRAME_PARTS:
        return bike.frame_years
    if part in ELECTRIC_PARTS:
        return bike.parts_years if bike.electric else 0
    if part in WEAR_PARTS:
        return 0
    return bike.parts_years


def is_covered(bike: Bike, claim: Claim) -> bool:
    """A claim is covered when it is for this bike, it was reported within the
    part's cover (whole years counted from the day of sale), and the damage did not
    come from a crash or from the bike being used for hire or deliveries."""
    if claim.serial != bike.serial:
        return False
    if claim.crash_damage:
        return False
    return full_years(bike.sold_on, claim.reported_on) < cover_years(bike, claim.part)


def review(bikes: list[Bike], claims: list[Claim]) -> dict[str, list[str]]:
    """Sort claims into accepted and declined, as `serial/part` labels. A claim
    for a bike the shop did not sell is declined."""
    by_serial = {bike.serial: bike for bike in bikes}
    outcome: dict[str, list[str]] = {"accepted": [], "declined": []}
    for claim in claims:
        bike = by_serial.get(claim.serial)
        ok = bike is not None and is_covered(bike, claim)
        outcome["accepted" if ok else "declined"].append(f"{claim.serial}/{claim.part}")
    return outcome
