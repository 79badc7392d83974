"""Usage and bills for random seasons of meter readings, with swapped meters."""

import random
from datetime import date

from observing import attempt
from allotment.billing import season_bill
from allotment.meters import Reading, plot_usage

PLOTS = ["1", "2", "4A", "7", "12", "15B"]


def observe():
    rng = random.Random(2718)
    results = []
    day = [date(2024, month, 1) for month in range(3, 11)]
    edge = [
        [],
        [Reading("1", day[0], 5.0)],
        [Reading("1", day[0], 5.0), Reading("1", day[1], 5.0)],
        [Reading("1", day[0], 5.0), Reading("1", day[1], 5.001)],
        [Reading("1", day[0], 5.0), Reading("1", day[1], 5.4996)],
        [Reading("1", day[0], 5.0), Reading("1", day[1], 2.0), Reading("1", day[2], 2.125)],
        [Reading("1", day[1], 9.5), Reading("1", day[0], 1.25), Reading("2", day[0], 0.0), Reading("2", day[1], 0.75)],
    ]
    for readings in edge:
        results.append((attempt(plot_usage, readings), attempt(season_bill, readings, 30.0, 12.5)))
    for _ in range(100):
        readings = []
        for plot in rng.sample(PLOTS, rng.randint(1, len(PLOTS))):
            dial = round(rng.uniform(0, 900), 3)
            for taken in day[:rng.randint(1, len(day))]:
                if rng.random() < 0.08:
                    dial = round(rng.uniform(0, 2), 3)  # new meter
                readings.append(Reading(plot, taken, dial))
                dial = round(dial + rng.choice([0.0, rng.uniform(0, 0.9), rng.uniform(0, 6)]), 3)
        rng.shuffle(readings)
        results.append((attempt(plot_usage, readings),
                        attempt(season_bill, readings, rng.choice([0.0, 45.0, 120.0]), round(rng.uniform(0, 300), 2))))
    return results
