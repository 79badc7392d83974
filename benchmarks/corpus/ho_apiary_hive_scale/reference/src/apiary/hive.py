"""One hive on a scale: its stores and when the nectar flow stopped."""

from __future__ import annotations

from datetime import date

from .scale import Reading

STEADY_READINGS = 3  # readings in a row that must agree before we call the flow over
TOLERANCE_KG = 0.25  # day-to-day change the scale shows from dew and foragers out late


class Hive:
    def __init__(self, name: str, empty_kg: float) -> None:
        self.name = name
        self.empty_kg = empty_kg  # boxes, frames and bees, no stores
        self.readings: list[Reading] = []

    def record(self, reading: Reading) -> None:
        if self.readings and reading.day <= self.readings[-1].day:
            raise ValueError(f"{self.name}: {reading.day} is not after {self.readings[-1].day}")
        self.readings.append(reading)

    def stores_kg(self) -> float:
        """Honey and pollen in the hive at the latest reading."""
        if not self.readings:
            return 0.0
        return round(max(self.readings[-1].kg - self.empty_kg, 0.0), 1)

    def daily_changes(self) -> list[tuple[date, float]]:
        return [(after.day, round(after.kg - before.kg, 2))
                for before, after in zip(self.readings, self.readings[1:])]

    def flow_ended(self, readings: int = STEADY_READINGS, tolerance: float = TOLERANCE_KG) -> date | None:
        """The day the flow ended: the last of `readings` readings in a row that each
        differ from the one before by no more than tolerance. None while still gaining."""
        steady = 1
        for before, after in zip(self.readings, self.readings[1:]):
            if abs(after.kg - before.kg) > tolerance:
                steady = 1
                continue
            steady += 1
            if steady >= readings:
                return after.day
        return None
