"""A log of sensor readings, stored in the log's own unit."""

from __future__ import annotations

from .units import convert


class TemperatureLog:
    def __init__(self, unit: str = "C") -> None:
        self.unit = unit
        self.readings: list[float] = []

    def add(self, value: float, unit: str | None = None) -> None:
        """Record a reading given in `unit` (the log's unit by default)."""
        unit = unit or self.unit
        self.readings.append(convert(value, unit, self.unit))

    def extremes(self, unit: str | None = None) -> tuple[float, float]:
        unit = unit or self.unit
        return convert(min(self.readings), self.unit, unit), convert(max(self.readings), self.unit, unit)

    def mean(self, unit: str | None = None) -> float:
        unit = unit or self.unit
        return convert(sum(self.readings) / len(self.readings), self.unit, unit)

    def above(self, threshold: float, unit: str | None = None) -> int:
        """How many readings exceed a threshold given in `unit`."""
        limit = convert(threshold, unit or self.unit, self.unit)
        return sum(1 for r in self.readings if r > limit)
