from __future__ import annotations

from darkroom.datasheet import base_minutes

REFERENCE_TEMP = 20.0
TEMP_FACTOR = 0.91  # each degree warmer than 20 °C multiplies the time by this
PUSH_PER_STOP = 0.30  # each stop of push adds 30 %
PULL_PER_STOP = 0.20  # each stop of pull takes off 20 %
MIN_TEMP, MAX_TEMP = 16.0, 26.0
SHORTEST = 4.0  # minutes: shorter development comes out uneven


def development_time(film: str, developer: str, temp_c: float = 20.0, push: int = 0, dilution: str | None = None) -> float:
    """Minutes to develop `film`, to the nearest quarter minute. `push` is in stops:
    positive to push the film (rated faster than box speed), negative to pull it.
    Raises ValueError outside the temperatures the chart covers, or when the time
    comes out too short to develop evenly."""
    if not MIN_TEMP <= temp_c <= MAX_TEMP:
        raise ValueError(f"{temp_c} °C is outside {MIN_TEMP}-{MAX_TEMP} °C")
    minutes = base_minutes(film, developer, dilution)
    minutes *= TEMP_FACTOR ** (temp_c - REFERENCE_TEMP)
    if push > 0:
        minutes *= 1 + PUSH_PER_STOP * push
    elif push < 0:
        minutes *= 1 - PULL_PER_STOP * push
    if minutes < SHORTEST:
        raise ValueError(f"{minutes:.1f} minutes is too short: use a weaker dilution")
    return round(minutes * 4) / 4


def format_minutes(minutes: float) -> str:
    """7.25 -> '7:15'."""
    whole = int(minutes)
    return f"{whole}:{round((minutes - whole) * 60):02d}"
