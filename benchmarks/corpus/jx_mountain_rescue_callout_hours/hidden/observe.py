"""member_figures, refresher_list and busiest on no call-outs, one member out many times around the refresher limit, call-outs across new year, then random logs."""

import random
from datetime import datetime, timedelta

from observing import attempt
from callouts import Callout
from report import busiest, member_figures, refresher_list

NAMES = ["Bryn", "Carys", "Dafydd", "Eluned", "Gareth", "Huw", "Iolo", "Mali"]


def run(rows, year):
    callouts = [
        Callout(f"MR-{n}", paged, paged + timedelta(minutes=minutes), tuple(team))
        for n, (paged, minutes, team) in enumerate(rows)
    ]
    figures = member_figures(callouts, year)
    return figures, refresher_list(figures, NAMES), busiest(figures, 4)


def observe():
    rng = random.Random(9046)
    results = [attempt(run, [], 2024)]
    for times in range(0, 9):
        rows = [(datetime(2024, 3, 1, 20, 0) + timedelta(days=3 * n, hours=n), 95 + 7 * n, ["Bryn"]) for n in range(times)]
        results.append(attempt(run, rows, 2024))
        results.append(attempt(run, rows + [(datetime(2024, 12, 31, 23, 50), 30, ["Carys", "Bryn"])], 2024))
        results.append(attempt(run, rows, 2025))
    for _ in range(150):
        rows = []
        for _ in range(rng.randint(0, 25)):
            paged = datetime(rng.choice((2023, 2024, 2024, 2024)), rng.randint(1, 12), rng.randint(1, 28), rng.randint(0, 23), rng.randint(0, 59))
            team = rng.sample(NAMES, rng.randint(1, 5))
            rows.append((paged, rng.randint(5, 900), team))
        results.append(attempt(run, rows, 2024))
    return results
