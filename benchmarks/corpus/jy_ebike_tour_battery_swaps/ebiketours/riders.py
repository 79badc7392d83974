"""The battery check sheet the guide fills in at the start and at the lunch stop."""

from __future__ import annotations

LOW_PERCENT = 35  # below this a rider will not make the afternoon climb
KM_PER_PERCENT = 0.9  # on the tour's hills, in eco mode


def read_levels(text: str) -> dict[str, int]:
    """One "rider: percent" a line, as the guide reads them off the displays."""
    levels = {}
    for line in text.strip().splitlines():
        rider, _, percent = line.partition(":")
        value = int(percent.strip().rstrip("%"))
        if not 0 <= value <= 100:
            raise ValueError(f"{rider.strip()}: {value}% is not a battery level")
        levels[rider.strip()] = value
    return levels


def range_km(percent: int) -> float:
    return round(percent * KM_PER_PERCENT, 1)


def low_riders(levels: dict[str, int]) -> list[str]:
    """Riders below LOW_PERCENT, the flattest battery first (then by name)."""
    low = [rider for rider, percent in levels.items() if percent < LOW_PERCENT]
    return sorted(low, key=lambda rider: (levels[rider], rider))
