"""When the club's balloon can fly tomorrow."""

from __future__ import annotations

from forecast import Hour, clock_minutes

MAX_WIND_KT = 10.0
MAX_GUST_KT = 15.0
FLIGHT_HOURS = 2  # inflation, an hour's flight, landing and packing away


def flyable(hour: Hour) -> bool:
    return hour.wind_kt <= MAX_WIND_KT and hour.gust_kt <= MAX_GUST_KT and hour.rain_mm == 0


def launch_windows(hours: list[Hour], sunrise: str, sunset: str, flight_hours: int = FLIGHT_HOURS) -> list[int]:
    """The whole hours a flight can start at: it starts no earlier than sunrise, is
    packed away by sunset, and every forecast hour it takes is flyable. An hour
    missing from the forecast is not flyable."""
    by_hour = {h.hour: h for h in hours}
    first, last = clock_minutes(sunrise), clock_minutes(sunset)

    def in_daylight(start: int) -> bool:
        return start * 60 >= first and (start + flight_hours) * 60 < last

    def weather_holds(start: int) -> bool:
        for hour in range(start, start + flight_hours):
            if hour not in by_hour or not flyable(by_hour[hour]):
                return False
        return True

    return [start for start in range(24) if in_daylight(start) and weather_holds(start)]


def best_launch(hours: list[Hour], sunrise: str, sunset: str) -> int | None:
    """Balloons fly early: the first window after sunrise, else the evening's last one."""
    windows = launch_windows(hours, sunrise, sunset)
    if not windows:
        return None
    morning = [start for start in windows if start < 12]
    return morning[0] if morning else windows[-1]
