"""Which plants to water today, and a plan for the days ahead."""

from __future__ import annotations

from datetime import date, timedelta

from .plants import Plant


def to_water(plants: list[Plant], today: date, rained: bool = False) -> list[str]:
    """Names of the plants due for water today, most overdue first.

    When it rained, the plants outside got their water already."""
    due = []
    for plant in plants:
        if rained and not plant.outdoor:
            continue
        if plant.next_watering() <= today:
            due.append(plant)
    due.sort(key=lambda plant: (plant.next_watering(), plant.name))
    return [plant.name for plant in due]


def water(plants: list[Plant], today: date, rained: bool = False) -> list[str]:
    """Water what is due (rain waters the outdoor plants) and return the names watered by hand."""
    names = to_water(plants, today, rained)
    for plant in plants:
        if plant.name in names or (rained and plant.outdoor):
            plant.last_watered = today
    return names


def plan(plants: list[Plant], start: date, days: int = 7, rainy: frozenset[date] = frozenset()) -> dict[date, list[str]]:
    """The plants to water by hand on each of the next days, given the days it will rain."""
    schedule = {}
    for offset in range(days):
        day = start + timedelta(days=offset)
        names = water(plants, day, rained=day in rainy)
        if names:
            schedule[day] = names
    return schedule
