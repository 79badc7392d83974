"""Site totals for random surveys, with and without a start day."""

import random
from datetime import date, timedelta

from observing import attempt
from birdsurvey.records import Sighting
from birdsurvey.tally import site_totals, top_species

SITES = ["Marsh Lane", "Old Quarry", "Beacon Hill"]
SPECIES = ["wren", "robin", "reed warbler", "grey heron", "sand martin", "little egret", "teal"]
START = date(2024, 3, 1)


def observe():
    rng = random.Random(8812)
    results = []
    one = [Sighting("Marsh Lane", START, "wren", 4, "Ana")]
    for since in (None, START - timedelta(days=1), START, START + timedelta(days=1)):
        for site in ("Marsh Lane", "Old Quarry"):
            results.append(attempt(site_totals, one, site, since))
    results.append(attempt(site_totals, [], "Marsh Lane"))
    for _ in range(100):
        sightings = [
            Sighting(rng.choice(SITES), START + timedelta(days=rng.randint(0, 60)), rng.choice(SPECIES),
                     rng.choice([1, 1, 2, 3, 5, 12, 40]), rng.choice(["Ana", "Tom", "Lee"]))
            for _ in range(rng.randint(0, 25))
        ]
        site = rng.choice(SITES)
        since = rng.choice([None, START + timedelta(days=rng.randint(-3, 63))])
        if sightings and rng.random() < 0.4:
            since = rng.choice(sightings).day
        totals = attempt(site_totals, sightings, site, since)
        results.append(totals)
        results.append(attempt(site_totals, sightings, site))
        if isinstance(totals, dict):
            results.append(top_species(totals, 3))
    return results
