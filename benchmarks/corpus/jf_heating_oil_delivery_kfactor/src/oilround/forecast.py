"""When each tank on automatic delivery will be down to its reorder level, so the
trucks reach it before the customer runs out."""

from __future__ import annotations

from datetime import date

from oilround.tanks import Tank
from oilround.weather import degree_days

REORDER_FRACTION = 0.25


def delivery_date(tank: Tank, forecast: list[tuple[date, float, float]]) -> date | None:
    """The first forecast day by the end of which the tank is down to a quarter full
    (the first day itself if it already is); None if it lasts the whole forecast."""

    def burned(high_f: float, low_f: float) -> float:
        return degree_days(high_f, low_f) * tank.k_factor + tank.hot_water_gal

    if tank.k_factor <= 0:
        raise ValueError(f"{tank.customer}: no K-factor")
    reorder_at = tank.capacity_gal * REORDER_FRACTION
    left = tank.gallons
    for day, high_f, low_f in forecast:
        if left > reorder_at:
            left -= burned(high_f, low_f)
        if left <= reorder_at:
            return day
    return None


def delivery_list(tanks: list[Tank], forecast: list[tuple[date, float, float]]) -> list[tuple[date, str]]:
    """(day, customer) for every tank due within the forecast, soonest first."""
    due = []
    for tank in tanks:
        day = delivery_date(tank, forecast)
        if day is not None:
            due.append((day, tank.customer))
    return sorted(due)
