"""Dispatching calls to the cars of a building."""

from __future__ import annotations

from .car import Car


def dispatch(cars: list[Car], floor: int) -> Car:
    """Send the idle-most nearby car: fewest pending requests, then nearest, then first."""
    chosen = min(cars, key=lambda car: (len(car.requests), abs(car.floor - floor)))
    chosen.call(floor)
    return chosen
