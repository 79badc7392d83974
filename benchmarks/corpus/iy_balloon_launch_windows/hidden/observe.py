"""launch_windows and the crew message with sunrise and sunset on and off the hour, then random forecasts."""

import random

from observing import attempt
from briefing import crew_message
from flights import best_launch, launch_windows
from forecast import Hour


def observe():
    rng = random.Random(3388)
    results = []
    calm = [Hour(h, 4.0, 7.0, 0.0) for h in range(24)]
    for sunrise in ("00:00", "04:00", "04:59", "05:00", "05:01", "06:30", "07:00"):
        for sunset in ("16:00", "18:59", "19:00", "19:01", "20:00", "20:30", "21:00", "21:45", "23:59"):
            for flight_hours in (1, 2, 3):
                results.append(attempt(launch_windows, calm, sunrise, sunset, flight_hours))
            results.append(attempt(best_launch, calm[15:], sunrise, sunset))
    for _ in range(200):
        hours = []
        for h in range(24):
            if rng.random() < 0.85:
                hours.append(Hour(h, rng.choice([2.0, 5.0, 8.0, 10.0, 12.0]), rng.choice([6.0, 10.0, 15.0, 18.0]),
                                  rng.choice([0.0, 0.0, 0.0, 0.3])))
        sunrise = f"{rng.randint(3, 8):02d}:{rng.choice([0, 0, 15, 42]):02d}"
        sunset = f"{rng.randint(16, 22):02d}:{rng.choice([0, 0, 30, 51]):02d}"
        results.append(attempt(launch_windows, hours, sunrise, sunset, rng.choice([1, 2, 2, 3])))
        results.append(attempt(best_launch, hours, sunrise, sunset))
        text = "\n".join(f"{h.hour:02d} {h.wind_kt} {h.gust_kt} {h.rain_mm}" for h in hours)
        results.append(attempt(crew_message, text, sunrise, sunset))
    return results
