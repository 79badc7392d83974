"""Random series of readings, with meters replaced now and then."""

import random
from datetime import date, datetime, timedelta

from meter import Reading, daily_usage, peak_day, total_between
from observing import attempt


def observe():
    rng = random.Random(1312)
    results = []
    start = datetime(2024, 1, 30, 6, 0)
    cases = [
        [],
        [Reading(start, 100.0)],
        [Reading(start, 100.0), Reading(start + timedelta(hours=3), 100.0)],
        [Reading(start, 100.0), Reading(start + timedelta(hours=3), 0.0)],
        [Reading(start, 50.0), Reading(start + timedelta(days=1), 20.0), Reading(start + timedelta(days=2), 5.0)],
    ]
    for _ in range(60):
        counter = rng.randint(0, 50000) / 4
        when = start
        series = []
        for _ in range(rng.randint(2, 14)):
            when += timedelta(hours=rng.choice([1, 6, 12, 12, 24, 30]))
            if rng.random() < 0.12:
                counter = rng.randint(0, 40) / 4
            else:
                counter += rng.randint(0, 80) / 4
            series.append(Reading(when, counter))
        rng.shuffle(series)
        cases.append(series)
    for series in cases:
        results.append(attempt(daily_usage, series))
        results.append(attempt(peak_day, series))
        results.append(attempt(total_between, series, date(2024, 1, 31), date(2024, 2, 2)))
    return results
