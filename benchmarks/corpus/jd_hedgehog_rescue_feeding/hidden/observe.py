"""Food for the whole ward, for pens, for none and for hedgehogs not on the ward, then random wards."""

import random
from datetime import date

from observing import attempt
from rescue.patients import Hedgehog
from rescue.ward import Ward

ADMITTED = date(2024, 9, 2)
NAMES = ["Bramble", "Pip", "Conker", "Sloe", "Hazel", "Acorn", "Thistle", "Nettle", "Rowan", "Moss"]


def observe():
    rng = random.Random(6029)
    results = []
    ward = Ward([
        Hedgehog("Bramble", ADMITTED, 410, "A"),
        Hedgehog("Pip", ADMITTED, 180, "B"),
        Hedgehog("Conker", ADMITTED, 640, "B"),
    ])
    for nights in (0, 1, 2, 7):
        results.append(attempt(ward.food_needed, nights))
        results.append(attempt(ward.food_needed, nights, None))
        results.append(attempt(ward.food_needed, nights, []))
        for pen in ("A", "B", "C"):
            results.append(attempt(ward.food_needed, nights, ward.in_pen(pen)))
        results.append(attempt(ward.food_needed, nights, [Hedgehog("Visitor", ADMITTED, 299)]))
        results.append(attempt(ward.food_needed, nights, [Hedgehog("Visitor", ADMITTED, 300)]))
    for _ in range(100):
        hogs = []
        for name in rng.sample(NAMES, rng.randint(0, len(NAMES))):
            hog = Hedgehog(name, ADMITTED, rng.randint(90, 900), rng.choice("ABC"))
            hog.on_fluids = rng.random() < 0.15
            hogs.append(hog)
        ward = Ward(hogs)
        nights = rng.randint(1, 7)
        results.append(attempt(ward.food_needed, nights))
        results.append(attempt(ward.food_needed, nights, ward.in_pen(rng.choice("ABC"))))
        results.append(attempt(ward.food_needed, nights, [h for h in hogs if rng.random() < 0.5]))
        results.append(attempt(ward.release_list))
    return results
