"""Rota.fill over ranges with and without Mondays and closed dates, empty and one-day ranges, then random months of volunteers."""

import random
from datetime import date, timedelta

from observing import attempt
from muckrota.rota import Rota
from muckrota.volunteers import WEEKDAYS, read_volunteers

NAMES = ["Pat Hughes", "Alex Moore", "Jo Pryce", "Sam Okafor", "Viv Lang", "Dee Marsh", "Ron Tate", "Ann Bell"]
STANDARD = "Pat Hughes: Tue, Thu, Sat\nAlex Moore: Tue, Wed, Thu, Fri, Sat, Sun\nJo Pryce: Wed, Sun\nSam Okafor: Tue, Fri"


def run(text, closed, ranges):
    rota = Rota(read_volunteers(text), set(closed))
    seen = []
    for start, end in ranges:
        seen.append([day.isoformat() for day in rota.fill(start, end)])
    days = {day.isoformat(): names for day, names in rota.days.items()}
    return seen, days, dict(rota.shifts), [[d.isoformat() for d in rota.shifts_for(name)] for name in rota.shifts]


def observe():
    rng = random.Random(3306)
    monday = date(2024, 6, 3)
    results = []
    edge = [
        ([], [(monday + timedelta(days=1), monday + timedelta(days=6))]),
        ([], [(monday, monday)]),
        ([], [(monday, monday + timedelta(days=1))]),
        ([], [(monday - timedelta(days=1), monday + timedelta(days=8))]),
        ([], [(monday + timedelta(days=3), monday + timedelta(days=1))]),
        ([monday + timedelta(days=3)], [(monday + timedelta(days=1), monday + timedelta(days=4))]),
        ([monday + timedelta(days=6)], [(monday + timedelta(days=6), monday + timedelta(days=6))]),
        ([monday + timedelta(days=i) for i in range(1, 7)], [(monday, monday + timedelta(days=13))]),
        ([], [(monday + timedelta(days=1), monday + timedelta(days=3)), (monday, monday + timedelta(days=9))]),
    ]
    for closed, ranges in edge:
        results.append(attempt(run, STANDARD, closed, ranges))
    for _ in range(120):
        lines = []
        for name in rng.sample(NAMES, rng.randint(1, 6)):
            days = rng.sample(WEEKDAYS, rng.randint(1, 4))
            lines.append(f"{name}: {', '.join(days)}")
        start = monday + timedelta(days=rng.randint(-10, 40))
        ranges = []
        for _ in range(rng.randint(1, 3)):
            first = start + timedelta(days=rng.randint(0, 20))
            ranges.append((first, first + timedelta(days=rng.randint(-1, 20))))
        closed = [start + timedelta(days=rng.randint(0, 40)) for _ in range(rng.randint(0, 4))]
        results.append(attempt(run, "\n".join(lines), closed, ranges))
    return results
