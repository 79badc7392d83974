from __future__ import annotations

from datetime import date

from prices import ADULT, ADULT_FROM, CHILD, FAMILY, FREE_UNDER, PUMPKIN, WEEKEND_EXTRA


def quote(ages: list[int], day: date, pumpkins: int = 0) -> float:
    """What a party pays at the gate. A family ticket covers two adults and two
    children, and is used whenever it comes out cheaper; the weekend supplement is
    added for each paying visitor."""
    adults = sum(1 for age in ages if age >= ADULT_FROM)
    children = sum(1 for age in ages if FREE_UNDER <= age < ADULT_FROM)
    total = adults * ADULT + children * CHILD
    if adults >= 2 and children >= 2:
        with_family = FAMILY + (adults - 2) * ADULT + (children - 2) * CHILD
        total = min(total, with_family)
    if day.weekday() >= 5:
        total += (adults + children) * WEEKEND_EXTRA
    total += pumpkins * PUMPKIN
    return round(total, 2)
