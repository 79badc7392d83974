"""quote for every kind of work with and without the customer keeping the wood, then random visits."""

import random

from observing import attempt
from treework.jobs import WORKS, Job, Site, Tree
from treework.letter import quote_letter
from treework.quote import quote


def observe():
    rng = random.Random(2718)
    results = []
    for keeps in (False, True):
        site = Site("c", "OX1", keeps_wood=keeps)
        results.append(attempt(quote, site, []))
        for work in WORKS:
            for height in (2.5, 6.0, 6.1, 20.0):
                for protected in (False, True):
                    for hours in (0.5, 2, 3.25):
                        q = attempt(quote, site, [Job(Tree("t", height, protected), work, hours)])
                        results.append(q if isinstance(q, str) else (q, q.total))
    for _ in range(150):
        site = Site("c", "OX2", keeps_wood=rng.random() < 0.4)
        jobs = [
            Job(Tree("t", round(rng.uniform(1.5, 25.0), 1), rng.random() < 0.3), rng.choice(WORKS), rng.choice([0.25, 0.5, 1, 1.5, 2, 4, 6.5]))
            for _ in range(rng.randint(1, 5))
        ]
        q = attempt(quote, site, jobs)
        results.append(q if isinstance(q, str) else (q, q.total))
        results.append(attempt(quote_letter, site, jobs))
    return results
