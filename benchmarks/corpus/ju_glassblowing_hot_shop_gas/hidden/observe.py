"""GasLog.read over months of readings: one member, members in turn, overnight idling between them, repeated and backward readings; what each read returned, the totals, session counts and bills, and load_log on the same month written out."""

import random

from observing import attempt
from hotshop.billing import bills
from hotshop.gas import GasLog, load_log


def month(opening, readings):
    log = GasLog(opening)
    returned = [attempt(log.read, who, reading) for who, reading in readings]
    return returned, dict(log.used), dict(log.sessions), log.members(), log.last_reading, attempt(bills, log)


def written(opening, readings):
    text = f"opening {opening}\n" + "".join(f"{who} {reading}\n" for who, reading in readings)
    log = load_log(text)
    return dict(log.used), bills(log)


def observe():
    rng = random.Random(4418)
    results = [attempt(month, 100.0, [])]
    cases = [
        [("Priya", 110.0)],
        [("Priya", 110.0), ("Priya", 110.0)],
        [("Priya", 110.0), ("Owen", 115.5)],
        [("Priya", 110.0), ("Owen", 105.0)],
        [("Priya", 110.0), ("Owen", 99.0)],
        [("studio", 102.0), ("Priya", 109.0), ("studio", 111.0), ("Owen", 112.0)],
        [("studio", 100.0), ("studio", 101.25)],
        [("Priya", 100.0), ("Owen", 100.0), ("Priya", 100.5)],
    ]
    for readings in cases:
        results.append(attempt(month, 100.0, readings))
        results.append(attempt(written, 100.0, readings))
    names = ["Priya", "Owen", "Maud", "Ezra", "Juno", "studio"]
    for _ in range(150):
        opening = round(rng.uniform(0, 9000), 2)
        reading = opening
        readings = []
        for _ in range(rng.randint(1, 30)):
            who = rng.choice(names)
            step = rng.choice((0.0, round(rng.uniform(0.5, 3), 2), round(rng.uniform(4, 15), 2)))
            if rng.random() < 0.05:
                step = -round(rng.uniform(0.1, 5), 2)
            reading = round(reading + step, 2)
            readings.append((who, reading))
        results.append(attempt(month, opening, readings))
        results.append(attempt(written, opening, readings))
    return results
