"""Breaches for gaps just under and over a break, then random duties."""

import random

from observing import attempt
from rota.duties import Duty, Leg


def duty_from(spans):
    return Duty("D", "driver", [Leg(f"r{i}", start, end) for i, (start, end) in enumerate(spans)])


def observe():
    rng = random.Random(5150)
    results = []
    for gap in (0, 5, 30, 44, 45, 46, 90):
        for first in (60, 150, 200, 270, 271):
            for second in (30, 70, 71, 120, 271):
                spans = [(300, 300 + first), (300 + first + gap, 300 + first + gap + second)]
                spans.append((spans[1][1] + 10, spans[1][1] + 10 + 100))
                results.append(attempt(duty_from(spans).breaches))
    for _ in range(300):
        spans = []
        clock = rng.randint(240, 420)
        for _ in range(rng.randint(0, 9)):
            length = rng.randint(20, 160)
            spans.append((clock, clock + length))
            clock += length + rng.choice([0, 5, 10, 20, 40, 45, 50, 60, 90])
        rng.shuffle(spans)
        duty = duty_from(spans)
        results.append((attempt(duty.breaches), attempt(duty.driving_minutes)))
    return results
