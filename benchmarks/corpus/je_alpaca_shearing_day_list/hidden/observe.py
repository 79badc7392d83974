"""Shearing lists around the due date (before, on, just after, long after), the age and interval limits, then random herds."""

import random
from datetime import date, timedelta

from observing import attempt
from alpacas.animals import Alpaca, parse_herd
from alpacas.herd import Herd

NAMES = ["Bramble", "Pippin", "Toffee", "Willow", "Nutmeg", "Moss", "Clover", "Juniper", "Saffron", "Bracken"]
DAY = date(2024, 5, 25)


def run(animals, day):
    herd = Herd([Alpaca(*fields) for fields in animals])
    due = herd.due_for_shearing(day)
    minutes = herd.shearing_minutes(day)
    herd.record_shearing(due, day)
    return due, minutes, herd.due_for_shearing(day + timedelta(days=40))


def from_text(text, day):
    return run([(a.name, a.sex, a.born, a.last_shorn, a.mated) for a in parse_herd(text)], day)


def observe():
    rng = random.Random(4417)
    results = []
    # The cria's due date this many days from the shearing day.
    for offset in (-400, -300, -61, -60, -59, -30, -2, -1, 0, 1, 2, 30, 59, 60, 61, 62, 120, 300):
        mated = DAY + timedelta(days=offset) - timedelta(days=345)
        results.append(attempt(run, [("Bramble", "F", date(2019, 5, 14), date(2023, 5, 20), mated)], DAY))
        results.append(attempt(run, [("Bramble", "F", date(2019, 5, 14), None, mated), ("Pippin", "M", date(2021, 6, 30), None, None)], DAY))
    for born in (date(2023, 8, 24), date(2023, 8, 25), date(2023, 8, 26), date(2023, 9, 25)):
        results.append(attempt(run, [("Toffee", "F", born, None, None)], DAY))
    for shorn in (date(2023, 7, 29), date(2023, 7, 30), date(2023, 7, 31)):
        results.append(attempt(run, [("Pippin", "M", date(2021, 6, 30), shorn, None)], DAY))
    results.append(attempt(run, [], DAY))
    results.append(attempt(run, [("Pippin", "M", date(2021, 6, 30), None, None)] * 2, DAY))
    results.append(attempt(from_text, "Bramble, F, 2019-05-14, 2023-05-20, 2023-05-01\nPippin, M, 2021-06-30, -, -", DAY))
    results.append(attempt(from_text, "Pippin, M, 2021-06-30, -, 2023-05-01", DAY))
    for _ in range(150):
        day = date(2024, 1, 1) + timedelta(days=rng.randint(0, 365))
        animals = []
        for name in rng.sample(NAMES, rng.randint(1, len(NAMES))):
            sex = rng.choice("FM")
            born = day - timedelta(days=rng.randint(100, 3000))
            shorn = None if rng.random() < 0.2 else day - timedelta(days=rng.randint(1, 500))
            mated = None
            if sex == "F" and rng.random() < 0.7:
                mated = day - timedelta(days=rng.randint(0, 800))
            animals.append((name, sex, born, shorn, mated))
        results.append(attempt(run, animals, day))
    return results
