"""make_rota with arrangers away on one, several and every Sunday, festivals when only
one or nobody is free, then random quarters with random away lists and festivals."""

import random
from datetime import date, timedelta

from observing import attempt
from flowerrota.dates import sundays
from flowerrota.rota import make_rota, rota_sheet

NAMES = ["Mrs Pike", "Joan", "Mr Ellis", "Brenda", "Canon Hale", "Priya", "Doreen"]


def run(arrangers, first, last, away, festivals):
    days = sundays(first, last)
    rota = make_rota(arrangers, days, away, festivals)
    return [(sunday.isoformat(), names) for sunday, names in sorted(rota.items())], rota_sheet(rota)


def observe():
    rng = random.Random(1549)
    results = []
    first, last = date(2024, 6, 1), date(2024, 7, 31)
    days = sundays(first, last)
    three = ["Mrs Pike", "Joan", "Mr Ellis"]
    cases = [
        (three, {}, set()),
        (three, {"Joan": {days[1]}}, set()),
        (three, {"Mrs Pike": {days[0]}}, set()),
        (three, {"Mrs Pike": set(days)}, set()),
        (three, {name: {days[2]} for name in three}, set()),
        (three, {"Joan": {days[2]}, "Mr Ellis": {days[2]}}, {days[2]}),
        (three, {"Joan": {days[3]}}, {days[3]}),
        (["Joan"], {}, {days[0]}),
        (["Joan"], {"Joan": {days[0]}}, set()),
        ([], {}, {days[0]}),
        (three, None, set(days)),
    ]
    for arrangers, away, festivals in cases:
        results.append(attempt(run, arrangers, first, last, away, festivals))
    for _ in range(150):
        start = date(2024, 1, 1) + timedelta(days=rng.randint(0, 330))
        end = start + timedelta(days=rng.randint(0, 120))
        arrangers = rng.sample(NAMES, rng.randint(1, len(NAMES)))
        span = sundays(start, end)
        away = {}
        for name in arrangers:
            if span and rng.random() < 0.6:
                away[name] = set(rng.sample(span, rng.randint(1, max(1, len(span) // 2))))
        festivals = set(rng.sample(span, min(len(span), rng.randint(0, 2))))
        results.append(attempt(run, arrangers, start, end, away, festivals))
    return results
