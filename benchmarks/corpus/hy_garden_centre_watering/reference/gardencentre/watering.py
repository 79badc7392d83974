"""The morning watering round: which plants the staff water today, zone by zone."""

from __future__ import annotations

from datetime import date

from gardencentre.plants import Plant

# Rain overnight at least this heavy waters everything outside.
RAIN_SKIP_MM = 5.0


def watering_round(plants: list[Plant], today: date, rain_mm: float = 0.0) -> list[Plant]:
    """The plants due for water today, in walking order (by zone, then name).
    A plant never watered is always due; heavy rain overnight lets the staff skip
    the plants outside, but not the glasshouse."""
    due = []
    for plant in plants:
        dry = plant.days_dry(today)
        if dry is not None and dry < plant.interval_days:
            continue
        if rain_mm >= RAIN_SKIP_MM and not plant.indoor:
            continue
        due.append(plant)
    return sorted(due, key=lambda p: (p.zone, p.name))


def mark_watered(plants: list[Plant], today: date) -> None:
    for plant in plants:
        plant.last_watered = today


def round_sheet(plants: list[Plant]) -> list[str]:
    return [f"{p.zone}: {p.name}" for p in plants]
