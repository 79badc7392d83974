"""Weight reports over gaps and repeated days, then random weeks of weighings for several birds."""

import random
from datetime import date, timedelta

from observing import attempt
from mews.birds import Bird
from mews.weights import Weighing, days_to_flying_weight, weight_report

START = date(2024, 10, 7)
BIRDS = [
    Bird("Maple", "Harris hawk", 680, 15),
    Bird("Pip", "Kestrel", 190, 5),
    Bird("Odin", "Eagle owl", 2400, 60),
]


def log_of(pairs):
    return [Weighing(START + timedelta(days=offset), grams) for offset, grams in pairs]


def observe():
    rng = random.Random(6801)
    results = []
    cases = [
        [],
        [(0, 700)],
        [(0, 700), (1, 690)],
        [(0, 700), (2, 690)],
        [(0, 700), (1, 690), (2, 680)],
        [(0, 700), (3, 691), (4, 688), (7, 670)],
        [(0, 700), (0, 705), (1, 699)],
        [(2, 700), (0, 720), (1, 710)],
        [(0, 720), (1, 722), (2, 725), (3, 726)],
    ]
    for pairs in cases:
        log = log_of(pairs)
        results.append(attempt(weight_report, log))
        for bird in BIRDS[:1]:
            results.append(attempt(days_to_flying_weight, bird, log))
    for _ in range(80):
        bird = rng.choice(BIRDS)
        grams = bird.flying_weight + rng.randint(-bird.band, bird.band * 6)
        pairs = []
        day = 0
        for _ in range(rng.randint(0, 12)):
            pairs.append((day, grams))
            day += rng.choice([0, 1, 1, 1, 2, 3])
            grams += rng.randint(-bird.band, bird.band // 2)
        log = log_of(pairs)
        results.append(attempt(weight_report, log))
        results.append(attempt(days_to_flying_weight, bird, log))
        results.append([bird.condition(w.grams) for w in log])
    return results
