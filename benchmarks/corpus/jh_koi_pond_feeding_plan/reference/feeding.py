"""How much the koi get fed, going by the water.

A koi's appetite follows the water temperature, but one warm afternoon doesn't mean
its gut has caught up, so the plan goes by the average of the last few readings.
Bad water means no food at all until it has been put right.
"""

from __future__ import annotations

from datetime import date

from waterlog import Reading, water_is_safe

AVERAGE_OVER = 3  # readings, today's included

# Below each temperature (°C), this feeding.
BANDS = [
    (8.0, "no food"),
    (12.0, "wheatgerm once a day"),
    (16.0, "wheatgerm twice a day"),
    (25.0, "growth food three times a day"),
]
TOO_WARM = "staple food once a day"  # warm water holds little oxygen
BAD_WATER = "no food, water change and test again"


def advice_for(temperature: float) -> str:
    for below, advice in BANDS:
        if temperature < below:
            return advice
    return TOO_WARM


def feeding_plan(readings: list[Reading]) -> list[tuple[date, float, str]]:
    """(day, average water temperature, advice) for each reading, oldest first."""

    def average_temp(i: int) -> float:
        recent = readings[max(0, i - AVERAGE_OVER + 1) : i + 1]
        return round(sum(r.water_c for r in recent) / len(recent), 1)

    plan = []
    for i, reading in enumerate(readings):
        temperature = average_temp(i)
        advice = advice_for(temperature) if water_is_safe(reading) else BAD_WATER
        plan.append((reading.day, temperature, advice))
    return plan


def first_feed(readings: list[Reading]) -> date | None:
    """The first day the plan says to feed anything after the winter."""
    for day, _temperature, advice in feeding_plan(readings):
        if not advice.startswith("no food"):
            return day
    return None
