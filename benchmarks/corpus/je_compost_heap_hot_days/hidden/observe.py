"""sanitised_on with hot runs at the start, middle and very end of the log, short logs, gaps, then random bay logs."""

import random
from datetime import date, timedelta

from observing import attempt
from compost import bay_report, sanitised_on

START = date(2024, 7, 1)


def log(temps, skip=()):
    return [(START + timedelta(days=n), temp) for n, temp in enumerate(temps) if n not in skip]


def observe():
    rng = random.Random(3361)
    results = []
    edge = [
        [],
        [60],
        [60, 60],
        [60, 60, 60],
        [54.9, 60, 60],
        [60, 60, 60, 40],
        [40, 60, 60, 60],
        [40, 40, 60, 60, 60],
        [55, 55, 55],
        [55, 55, 54.99, 55, 55, 55],
        [60, 60, 40, 60, 60],
        [60, 60, 60, 60, 60, 60],
    ]
    for temps in edge:
        results.append(attempt(sanitised_on, log(temps)))
    results.append(attempt(sanitised_on, log([60, 60, 60, 60], skip=(1,))))
    results.append(attempt(sanitised_on, log([60, 60, 60, 60, 60], skip=(2,))))
    results.append(attempt(sanitised_on, log([40, 60, 60, 60, 60], skip=(2,))))
    results.append(attempt(bay_report, "2024-07-01 A 60\n2024-07-02 A 61\n2024-07-03 a 58\n2024-07-03 A 57"))
    results.append(attempt(bay_report, "2024-07-01 A 60\n2024-07-02 A 61\n2024-07-03 A 58\n2024-07-03 A 54"))
    results.append(attempt(bay_report, "2024-07-01 A 60\n2024-07-02 A"))
    results.append(attempt(bay_report, ""))
    for _ in range(200):
        length = rng.randint(0, 12)
        temps = [round(rng.uniform(45, 65), 1) for _ in range(length)]
        skip = {n for n in range(length) if rng.random() < 0.1}
        results.append(attempt(sanitised_on, log(temps, skip)))
    for _ in range(60):
        lines = []
        for bay in rng.sample("ABCD", rng.randint(1, 4)):
            for n in range(rng.randint(1, 8)):
                for _probe in range(rng.randint(1, 3)):
                    lines.append(f"{(START + timedelta(days=n)).isoformat()} {bay} {rng.uniform(45, 65):.1f}")
        rng.shuffle(lines)
        results.append(attempt(bay_report, "\n".join(lines)))
    return results
