"""Timesheet.charge for stays around the four hour minimum and the half-hour blocks,
overtime starting before, at and after arrival, then random cards for every crane."""

import random

from observing import attempt
from fleet import FLEET
from hire import Timesheet


def run(name, card):
    return Timesheet.from_card(FLEET[name], card).charge()


def hhmm(minutes):
    return f"{minutes // 60:02d}:{minutes % 60:02d}"


def observe():
    rng = random.Random(9040)
    results = []
    for length in (1, 29, 30, 31, 59, 60, 239, 240, 241, 269, 270, 271, 299, 300, 301, 330, 331, 361, 600):
        for start in (7 * 60, 13 * 60 + 15, 16 * 60 + 50, 17 * 60, 18 * 60 + 5):
            card = f"{hhmm(start)}-{hhmm(min(start + length, 23 * 60 + 59))}, 3 miles"
            results.append(attempt(run, "ltm40", card))
    for card in ("10:00-10:00, 1 miles", "10:00-09:00, 1 miles", "08:00-12:00,", "08:00-12:00, 0.1 miles", "08:00-12:00, 2.5 miles"):
        results.append(attempt(run, "franna", card))
    for _ in range(150):
        start = rng.randint(5 * 60, 20 * 60)
        end = min(start + rng.randint(1, 11 * 60), 23 * 60 + 59)
        miles = rng.choice((0, 1, 4, 12, 25.5, 40, rng.randint(0, 90), round(rng.uniform(0, 60), 1)))
        results.append(attempt(run, rng.choice(sorted(FLEET)), f"{hhmm(start)}-{hhmm(end)}, {miles} miles"))
    return results
