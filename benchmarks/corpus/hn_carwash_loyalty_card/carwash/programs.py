"""Wash programs on the price board."""

from __future__ import annotations

PRICES = {"basic": 8.0, "deluxe": 14.0, "ceramic": 25.0}

# Minutes in the bay, used for the queue estimate.
DURATIONS = {"basic": 6, "deluxe": 10, "ceramic": 18}


def price_of(program: str) -> float:
    try:
        return PRICES[program]
    except KeyError:
        raise ValueError(f"unknown program {program!r}") from None


def queue_wait(programs_ahead: list[str], bays: int = 2) -> int:
    """Minutes until a bay frees up for the next car, bays taking cars in order."""
    finish = [0] * bays
    for program in programs_ahead:
        soonest = finish.index(min(finish))
        finish[soonest] += DURATIONS[program]
    return min(finish)
