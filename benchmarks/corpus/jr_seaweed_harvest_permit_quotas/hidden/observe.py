"""left_today, record and totals through days of cutting the same species at two beaches, around the allowance and in closed months, then random seasons on three beaches."""

import random
from datetime import date, timedelta

from observing import attempt
from harvest.logbook import Logbook
from harvest.permits import Permit


def permits():
    return [
        Permit("Ceiriad", {"dulse": 20.0, "sugar kelp": 40.0, "pepper dulse": 2.0}, {"sugar kelp": (3, 5)}),
        Permit("Penllech", {"dulse": 15.0, "laver": 25.0, "sugar kelp": 30.0}, {"laver": (11, 2)}),
        Permit("Aberdaron", {"laver": 10.0, "dulse": 5.0}),
    ]


def run(cuts, checks):
    """cuts: (day offset, beach, species, kg), recorded in order; checks asked at the end."""
    book = Logbook(permits())
    start = date(2024, 1, 1)
    outcomes = []
    for offset, beach, species, kg in cuts:
        day = start + timedelta(days=offset)
        outcomes.append((attempt(book.record, day, beach, species, kg), attempt(book.left_today, day, beach, species)))
    left = [attempt(book.left_today, start + timedelta(days=offset), beach, species) for offset, beach, species in checks]
    return outcomes, left, book.totals()


def observe():
    rng = random.Random(7402)
    beaches = ["Ceiriad", "Penllech", "Aberdaron", "Nefyn"]
    species = ["dulse", "laver", "sugar kelp", "pepper dulse"]
    results = []
    june = 160
    for first in (0.5, 5.0, 14.9, 15.0, 20.0):
        for second in (0.5, 5.0, 15.0, 15.1):
            cuts = [(june, "Ceiriad", "dulse", first), (june, "Penllech", "dulse", second), (june, "Ceiriad", "dulse", 1.0)]
            checks = [(june, b, "dulse") for b in beaches] + [(june + 1, "Ceiriad", "dulse")]
            results.append(attempt(run, cuts, checks))
    results.append(attempt(run, [(100, "Penllech", "sugar kelp", 20.0), (100, "Ceiriad", "sugar kelp", 5.0)], [(100, "Penllech", "sugar kelp")]))
    results.append(attempt(run, [(20, "Aberdaron", "laver", 8.0), (20, "Penllech", "laver", 3.0)], [(20, "Aberdaron", "laver"), (70, "Penllech", "laver")]))
    for _ in range(150):
        days = rng.sample(range(0, 365), rng.randint(1, 5))
        cuts = []
        for _ in range(rng.randint(0, 25)):
            kg = rng.choice((rng.randint(1, 20), round(rng.uniform(0.1, 12), 2), 0, 25))
            cuts.append((rng.choice(days), rng.choice(beaches), rng.choice(species), kg))
        checks = [(rng.choice(days), rng.choice(beaches), rng.choice(species)) for _ in range(6)]
        results.append(attempt(run, cuts, checks))
    return results
