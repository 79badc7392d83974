"""is_covered around cover anniversaries and on every flag combination, then random
bikes and claims; review on random batches."""

import random
from datetime import date, timedelta

from observing import attempt
from warranty.claims import is_covered, review
from warranty.models import Bike, Claim

PARTS = ["frame", "fork", "battery", "motor", "display", "chain", "tyres", "gears", "brakes", "wheels", "saddle"]


def observe():
    rng = random.Random(90210)
    results = []
    bikes = [
        Bike("A1", "City", date(2020, 2, 29)),
        Bike("B2", "Trail", date(2022, 12, 31), frame_years=10, parts_years=3),
        Bike("C3", "Volt", date(2023, 6, 15), electric=True),
        Bike("D4", "Cargo", date(2021, 1, 1), frame_years=0, parts_years=0, electric=True),
    ]
    for bike in bikes:
        for part in PARTS:
            for offset in (-1, 0, 1, 364, 365, 366, 730, 731, 1825, 1826, 3652, 3653):
                day = bike.sold_on + timedelta(days=offset)
                for crash in (False, True):
                    for commercial in (False, True):
                        claim = Claim(bike.serial, part, day, crash, commercial)
                        results.append(attempt(is_covered, bike, claim))
        results.append(attempt(is_covered, bike, Claim("ZZ", "frame", bike.sold_on, False, True)))
    serials = [f"S{n:03d}" for n in range(30)]
    fleet = [
        Bike(s, "m", date(2018, 1, 1) + timedelta(days=rng.randint(0, 2500)),
             rng.choice([0, 2, 5, 10]), rng.choice([0, 1, 2, 3]), rng.random() < 0.4)
        for s in serials
    ]
    for _ in range(300):
        bike = rng.choice(fleet)
        serial = bike.serial if rng.random() < 0.9 else rng.choice(serials)
        claim = Claim(serial, rng.choice(PARTS), bike.sold_on + timedelta(days=rng.randint(-30, 4000)),
                      rng.random() < 0.2, rng.random() < 0.3)
        results.append(attempt(is_covered, bike, claim))
    for _ in range(40):
        claims = [
            Claim(rng.choice(serials + ["NOPE"]), rng.choice(PARTS),
                  date(2019, 1, 1) + timedelta(days=rng.randint(0, 2500)), rng.random() < 0.2, rng.random() < 0.3)
            for _ in range(rng.randint(0, 8))
        ]
        results.append(attempt(review, rng.sample(fleet, 20), claims))
    return results
