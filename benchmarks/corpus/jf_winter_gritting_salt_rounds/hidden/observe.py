"""GrittingRound's salt and loads with no, some and all contracts paused, then random books of sites."""

import random

from observing import attempt
from rounds import GrittingRound
from sites import Site


def run(sites, lorry, forecast):
    gritting = GrittingRound("Northgate depot", sites, lorry)
    return (
        [site.name for site in gritting.sites],
        gritting.area_m2,
        attempt(gritting.salt_tonnes, forecast),
        attempt(gritting.loads, forecast),
    )


def observe():
    rng = random.Random(3902)
    results = []
    base = [Site("A", 5000, 1), Site("B", 2500, 2), Site("C", 12000, 3)]
    for paused in ((), ("A",), ("B", "C"), ("A", "B", "C")):
        sites = [Site(s.name, s.area_m2, s.priority, s.name not in paused) for s in base]
        for forecast in ("frost", "ice", "snow", "hail"):
            for lorry in (0.2, 0.5, 2.0):
                results.append(attempt(run, sites, lorry, forecast))
    results.append(attempt(run, [], 2.0, "ice"))
    results.append(attempt(run, [Site("Z", 0, 1, False)], 2.0, "ice"))
    for _ in range(150):
        sites = [
            Site(f"site {i}", rng.choice((rng.randint(100, 20000), rng.randint(0, 2000) * 10)), rng.randint(1, 3), rng.random() < 0.7)
            for i in range(rng.randint(0, 12))
        ]
        results.append(attempt(run, sites, rng.choice((0.5, 1.0, 2.0, 4.0)), rng.choice(("frost", "ice", "snow"))))
    return results
