"""A rider's shift: what they took and what they owe the depot.

Riders rent the cab for the shift and keep their fares, paying the depot a
commission on each fare on top of the rent.
"""

from __future__ import annotations

from pedicab.tours import Tour

SHIFT_RENT = 25.00
COMMISSION = 0.10


def shift_takings(tours: list[Tour]) -> dict[str, float]:
    """Fares taken, what is owed to the depot and what the rider keeps, for one shift."""
    taken = sum(tour.fare() for tour in tours)
    owed = SHIFT_RENT + COMMISSION * taken
    return {"taken": round(taken, 2), "owed": round(owed, 2), "kept": round(taken - owed, 2)}


def by_rider(tours: list[Tour]) -> dict[str, dict[str, float]]:
    """shift_takings for each rider among the night's tours."""
    riders: dict[str, list[Tour]] = {}
    for tour in tours:
        riders.setdefault(tour.rider, []).append(tour)
    return {rider: shift_takings(own) for rider, own in sorted(riders.items())}
