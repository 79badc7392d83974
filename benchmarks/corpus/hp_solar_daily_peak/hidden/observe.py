"""Summaries of random multi-day inverter logs with cloudy and sunny days."""

import datetime
import random

from observing import attempt
from solarlog.summary import best_day, daily_summaries, month_total

START = datetime.datetime(2024, 6, 28, 5, 0)


def log(rng, days):
    readings = []
    for d in range(days):
        if rng.random() < 0.15:
            continue  # inverter off all day
        sky = rng.choice([0.1, 0.3, 0.6, 1.0, 1.0])
        stamp = START + datetime.timedelta(days=d, minutes=5 * rng.randint(0, 12))
        for _ in range(rng.randint(1, 40)):
            readings.append((stamp, max(0, int(rng.gauss(2500, 900) * sky))))
            stamp += datetime.timedelta(minutes=5)
    return readings


def observe():
    rng = random.Random(8128)
    results = []
    t = datetime.datetime(2024, 6, 30, 23, 50)
    step = datetime.timedelta(minutes=5)
    edge = [
        [],
        [(t, 0)],
        [(t, 500), (t + step, 0), (t + 2 * step, 0), (t + 3 * step, 100)],
        [(t, 4000), (t + step, 3000), (t + 2 * step, 100), (t + 3 * step, 200)],
        [(t, 100), (t + 3 * step, 4000), (t + 288 * step, 50), (t + 300 * step, 0)],
    ]
    for readings in edge:
        summaries = daily_summaries(readings)
        results.append((summaries, best_day(summaries), month_total(summaries, 2024, 7)))
    for _ in range(100):
        summaries = attempt(daily_summaries, log(rng, rng.randint(1, 6)))
        results.append(summaries)
        results.append(attempt(best_day, summaries))
        results.append((attempt(month_total, summaries, 2024, 6), attempt(month_total, summaries, 2024, 7)))
    return results
