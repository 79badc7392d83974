"""The rain forecast as copied off the farm weather service: one day a line,
'2024-06-10  0.4mm'."""

from __future__ import annotations

from datetime import date, timedelta

Forecast = list[tuple[date, float]]


def read_forecast(text: str) -> Forecast:
    days: Forecast = []
    for line in text.strip().splitlines():
        day_text, rain_text = line.split()
        day = date.fromisoformat(day_text)
        if days and day != days[-1][0] + timedelta(days=1):
            raise ValueError(f"forecast skips from {days[-1][0]} to {day}")
        rain = float(rain_text.removesuffix("mm"))
        if rain < 0:
            raise ValueError(f"negative rain on {day}")
        days.append((day, rain))
    return days
