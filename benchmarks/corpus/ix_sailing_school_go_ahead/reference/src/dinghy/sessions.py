"""Whether the day's sessions go ahead, sent to the instructors each morning."""

from __future__ import annotations

from dataclasses import dataclass

from dinghy.forecast import Hour
from dinghy.units import beaufort, mph_to_knots, mph_to_kph

GUST_LIMIT_KNOTS = {"beginner": 12, "improver": 18, "racing": 25}


@dataclass(frozen=True)
class Session:
    name: str
    level: str
    start_hour: int
    hours: int


def go_ahead(sessions: list[Session], forecast: list[Hour]) -> dict[str, tuple[str, float | None]]:
    """For each session: ("go" or "off", the strongest gust forecast while it is on the
    water, in knots to one decimal), or ("no forecast", None) when no hour of it is covered."""
    by_hour = {hour.hour: hour for hour in forecast}

    def strongest_gust(session: Session) -> float | None:
        gusts = [by_hour[h].gust_mph for h in range(session.start_hour, session.start_hour + session.hours) if h in by_hour]
        if not gusts:
            return None
        return round(mph_to_knots(max(gusts)), 1)

    decisions = {}
    for session in sessions:
        gust = strongest_gust(session)
        if gust is None:
            decisions[session.name] = ("no forecast", None)
        elif gust > GUST_LIMIT_KNOTS[session.level]:
            decisions[session.name] = ("off", gust)
        else:
            decisions[session.name] = ("go", gust)
    return decisions


def windiest_hour(forecast: list[Hour]) -> tuple[int, int] | None:
    """(hour, Beaufort force) of the strongest mean wind of the day."""
    if not forecast:
        return None
    worst = max(forecast, key=lambda hour: (hour.wind_mph, -hour.hour))
    return worst.hour, beaufort(mph_to_knots(worst.wind_mph))


def describe(hour: Hour) -> str:
    """One forecast hour for the noticeboard by the slipway, e.g. '14:00 SW force 4, gusts 32 km/h'."""
    force = beaufort(mph_to_knots(hour.wind_mph))
    return f"{hour.hour:02d}:00 {hour.direction} force {force}, gusts {mph_to_kph(hour.gust_mph):.0f} km/h"
