"""The text sent round the crew the evening before a flight."""

from __future__ import annotations

from flights import best_launch, launch_windows
from forecast import parse_forecast


def crew_message(forecast_text: str, sunrise: str, sunset: str) -> str:
    hours = parse_forecast(forecast_text)
    launch = best_launch(hours, sunrise, sunset)
    if launch is None:
        return "No flying tomorrow."
    others = [f"{start:02d}:00" for start in launch_windows(hours, sunrise, sunset) if start != launch]
    message = f"Flying tomorrow: meet at the field for {launch:02d}:00."
    if others:
        message += " Also possible: " + ", ".join(others) + "."
    return message
