"""site_advice for a latest sample on and around the E. coli limit, for seasons longer and shorter than the recent window with averages around the limit, then random summers of lab results; noticeboard on each."""

import random
from datetime import date, timedelta

from observing import attempt
from advice import noticeboard, site_advice
from samples import Sample

TODAY = date(2024, 8, 1)
SITES = ["Mill Pool", "Weir Meadow", "Ferry Steps", "Otter Bend"]


def weekly(ecoli, last_days_ago=3, enterococci=30):
    last = TODAY - timedelta(days=last_days_ago)
    start = last - timedelta(weeks=len(ecoli) - 1)
    return [Sample("Mill Pool", start + timedelta(weeks=n), e, enterococci) for n, e in enumerate(ecoli)]


def observe():
    rng = random.Random(2271)
    results = []
    for latest in (999, 1000, 1001):
        for before in ([], [10], [10, 20, 30, 40], [10, 20, 30, 40, 50, 60, 70]):
            results.append(attempt(site_advice, weekly(before + [latest]), TODAY))
    for length in range(1, 10):
        for level in (0, 300, 499, 500, 600, 900):
            for old in (5, 2000):
                ecoli = [old] * max(0, length - 5) + [level] * min(length, 5)
                results.append(attempt(site_advice, weekly(ecoli), TODAY))
    results.append(attempt(site_advice, weekly([600] * 3, last_days_ago=14), TODAY))
    results.append(attempt(site_advice, weekly([600] * 3, last_days_ago=15), TODAY))
    for _ in range(150):
        samples = []
        for site in rng.sample(SITES, rng.randint(1, 4)):
            weeks = rng.randint(1, 14)
            last = TODAY - timedelta(days=rng.choice((0, 2, 5, 9, 14, 15, 30)))
            wet = rng.random() < 0.5
            for n in range(weeks):
                ecoli = rng.choice((5, rng.randint(10, 400), rng.randint(300, 900) if wet else 40, 1000, rng.randint(900, 3000)))
                samples.append(Sample(site, last - timedelta(weeks=weeks - 1 - n), ecoli, rng.choice((5, 60, 250, 399, 400, 700))))
        rng.shuffle(samples)
        results.append(attempt(noticeboard, samples, TODAY))
    return results
