"""Ticket prices for the show cave tour, in pence.

Each age band starts at the age named for it: under-4s go free, a child's ticket
stops on their sixteenth birthday, and the senior price is from 65. A family
ticket takes two adults and two children at a time.
"""

from __future__ import annotations

import bisect

BANDS = ["infant", "child", "adult", "senior"]
BAND_STARTS = [4, 16, 65]  # the age each band after the first starts at
PRICES = {"infant": 0, "child": 950, "adult": 1650, "senior": 1400, "family": 4800}
OLDEST = 120


def price_party(ages: list[int]) -> tuple[dict[str, int], int]:
    """The tickets for a party, by kind, and what they come to."""

    def band_of(age: int) -> str:
        if not 0 <= age <= OLDEST:
            raise ValueError(f"age {age} on the booking")
        return BANDS[bisect.bisect_left(BAND_STARTS, age)]

    tickets = {band: 0 for band in BANDS}
    for age in ages:
        tickets[band_of(age)] += 1
    families = min(tickets["adult"] // 2, tickets["child"] // 2)
    tickets["adult"] -= 2 * families
    tickets["child"] -= 2 * families
    tickets["family"] = families
    tickets = {kind: count for kind, count in tickets.items() if count}
    return tickets, sum(count * PRICES[kind] for kind, count in tickets.items())


def tour_takings(parties: list[list[int]]) -> int:
    """The till total for one tour."""
    return sum(price_party(ages)[1] for ages in parties)
