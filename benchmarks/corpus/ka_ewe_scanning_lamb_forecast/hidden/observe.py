"""scanning_report on groups with no ewes, all empty, one ewe of each litter size, as many lambs as ewes, then random flocks; expected_weaned on each group."""

import random

from observing import attempt
from scanning.forecast import expected_weaned, scanning_report
from scanning.tally import Group


def run(groups):
    return scanning_report(groups), [expected_weaned(g) for g in groups]


def observe():
    rng = random.Random(6150)
    results = [attempt(run, [])]
    for counts in ((0, 0, 0, 0), (5, 0, 0, 0), (0, 1, 0, 0), (0, 0, 1, 0), (0, 0, 0, 1), (1, 1, 0, 0),
                   (2, 0, 1, 0), (3, 0, 0, 1), (4, 61, 102, 9), (7, 40, 18, 0), (0, 50, 0, 0), (1, 0, 0, 2)):
        results.append(attempt(run, [Group("Top field", *counts)]))
        results.append(attempt(run, [Group("Top field", *counts), Group("Shearlings", 7, 40, 18, 0)]))
    for _ in range(150):
        groups = []
        for n in range(rng.randint(0, 5)):
            big = rng.choice((3, 20, 150))
            groups.append(Group(f"Group {n}", rng.randint(0, big // 10 + 1), rng.randint(0, big), rng.randint(0, big), rng.randint(0, big // 8 + 1)))
        results.append(attempt(run, groups))
    return results
