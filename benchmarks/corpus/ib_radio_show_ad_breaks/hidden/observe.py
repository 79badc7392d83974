"""Ad breaks in setlists of fixed and random lengths, for several break intervals."""

import random

from observing import attempt
from radio.schedule import ShowBuilder
from radio.tracks import Track


def titles(show):
    return [item.title for item in show] if isinstance(show, list) else show


def observe():
    rng = random.Random(1979)
    results = []
    fixed = [
        [],
        [Track("a", 900)],
        [Track("a", 900), Track("b", 1)],
        [Track("a", 300)] * 7,
        [Track("a", 899), Track("b", 1), Track("c", 1), Track("d", 899), Track("e", 1)],
        [Track("a", 1000), Track("b", 1000), Track("c", 1000)],
        [Track("a", 450), Track("b", 450), Track("c", 450), Track("d", 450), Track("e", 10)],
    ]
    for setlist in fixed:
        for every in (300, 600, 900, 1200):
            builder = ShowBuilder(every, Track("ADS", 90))
            results.append(titles(attempt(builder.with_ad_breaks, setlist)))
    for _ in range(200):
        setlist = [Track(f"t{n}", rng.randint(60, 480)) for n in range(rng.randint(0, 16))]
        builder = ShowBuilder(rng.choice([300, 600, 900, 1200]))
        results.append(titles(attempt(builder.with_ad_breaks, setlist)))
        results.append(attempt(builder.running_time, setlist))
    return results
