"""observable and best over edge magnitudes and kinds, moon up and down, then random skies."""

import random

from observing import attempt
from stargaze.catalog import KINDS, Target
from stargaze.session import Session, Telescope

KIND_LIST = sorted(KINDS)


def observe():
    rng = random.Random(4242)
    results = []
    overhead = [
        Target(f"{kind}-{magnitude}", 6.0, 50.0 + k, magnitude, kind)
        for k, kind in enumerate(KIND_LIST)
        for magnitude in (-2.0, 0.0, 5.0, 6.9, 7.0, 7.1, 8.5, 11.9, 12.0, 12.1, 14.0, 15.0)
    ]
    for aperture in (50, 80, 100, 200, 400):
        for moon_up in (False, True):
            for min_altitude in (0.0, 20.0, 45.0):
                session = Session(Telescope("t", aperture), 51.0, 6.0, moon_up, min_altitude)
                results.append(attempt(session.observable, overhead))
                results.append(attempt(session.best, overhead, 4))
    results.append(attempt(Session(Telescope("t", 100), 51.0, 6.0, True).observable, []))
    for _ in range(300):
        targets = [
            Target(
                f"T{k}",
                round(rng.uniform(0, 24), 2),
                round(rng.uniform(-80, 85), 1),
                round(rng.uniform(-3, 15), 1),
                rng.choice(KIND_LIST),
            )
            for k in range(rng.randint(0, 12))
        ]
        session = Session(
            Telescope("scope", rng.choice([50, 70, 80, 114, 150, 200, 254, 300])),
            round(rng.uniform(-60, 70), 1),
            round(rng.uniform(0, 24), 2),
            rng.random() < 0.5,
            rng.choice([0.0, 10.0, 20.0, 30.0]),
        )
        results.append(attempt(session.observable, targets))
        results.append(attempt(session.best, targets, rng.randint(0, 5)))
    return results
