"""The hourly forecast, pasted from the weather app as 'HH:00 wind gust direction'."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Hour:
    hour: int
    wind_mph: int
    gust_mph: int
    direction: str


def read_forecast(text: str) -> list[Hour]:
    hours = []
    for line in text.strip().splitlines():
        clock, wind, gust, direction = line.split()
        hours.append(Hour(int(clock.split(":")[0]), int(wind), int(gust), direction.upper()))
    return hours
