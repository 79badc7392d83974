"""Lap times as the app shows them."""

from __future__ import annotations


def format_time(seconds: float) -> str:
    """'m:ss.cc', or 'h:mm:ss.cc' from an hour on."""
    hundredths = round(seconds * 100)
    minutes, rest = divmod(hundredths, 6000)
    hours, minutes = divmod(minutes, 60)
    clock = f"{rest // 100:02d}.{rest % 100:02d}"
    return f"{hours}:{minutes:02d}:{clock}" if hours else f"{minutes}:{clock}"


def summary(laps: list[float]) -> dict[str, str] | None:
    if not laps:
        return None
    return {
        "laps": str(len(laps)),
        "best": format_time(min(laps)),
        "worst": format_time(max(laps)),
        "average": format_time(sum(laps) / len(laps)),
    }
