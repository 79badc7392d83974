"""The hourly site forecast the pilots download each evening.

One line per hour: "HH wind gust rain", wind and gusts in knots, rain in mm."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Hour:
    hour: int
    wind_kt: float
    gust_kt: float
    rain_mm: float


def parse_forecast(text: str) -> list[Hour]:
    hours = []
    for line in text.splitlines():
        line = line.split("#")[0].strip()
        if not line:
            continue
        hour, wind, gust, rain = line.split()
        hours.append(Hour(int(hour), float(wind), float(gust), float(rain)))
    return sorted(hours, key=lambda h: h.hour)


def clock_minutes(text: str) -> int:
    """Minutes after midnight of an "HH:MM" time."""
    hours, minutes = text.split(":")
    return int(hours) * 60 + int(minutes)
