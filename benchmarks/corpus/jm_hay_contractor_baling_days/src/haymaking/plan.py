"""Planning the cut. Grass for hay lies in the field for some dry days, counting the
day it is mown, and is baled at the end of the last one. A day is dry when no more
than DRY_MM of rain is forecast."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from haymaking.forecast import Forecast

DRY_MM = 0.5


@dataclass(frozen=True)
class Field:
    name: str
    acres: float
    drying_days: int = 3  # heavier leys need longer


def mowing_days(forecast: Forecast, drying_days: int) -> list[date]:
    """The days grass could be mown on and baled dry: that day and the next
    drying_days - 1 all dry, within the forecast."""
    if drying_days < 1:
        raise ValueError("grass needs at least one day to dry")
    days = []
    for i in range(len(forecast) - drying_days):
        if all(rain <= DRY_MM for _, rain in forecast[i : i + drying_days]):
            days.append(forecast[i][0])
    return days


def plan_cuts(fields: list[Field], forecast: Forecast, acres_a_day: float) -> dict[str, tuple[date, date] | None]:
    """Mowing and baling dates for each field, biggest first, each on the earliest day
    it can be mown that still has mower time left; None when the forecast has no room."""
    mown: dict[date, float] = {}
    plan: dict[str, tuple[date, date] | None] = {}
    for field in sorted(fields, key=lambda field: (-field.acres, field.name)):
        plan[field.name] = None
        for day in mowing_days(forecast, field.drying_days):
            if mown.get(day, 0.0) + field.acres <= acres_a_day:
                mown[day] = mown.get(day, 0.0) + field.acres
                plan[field.name] = (day, day + timedelta(days=field.drying_days - 1))
                break
    return plan
