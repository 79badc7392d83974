"""development_time over every chart entry, temperature edge and push from -3 to +3, then random darkroom sessions."""

import random

from observing import attempt
from darkroom.datasheet import CHART
from darkroom.timing import development_time, format_minutes


def observe():
    rng = random.Random(1600)
    results = []
    for (film, developer), times in sorted(CHART.items()):
        for dilution in [None, *times, "1+99"]:
            for temp in (15.9, 16.0, 18.0, 20.0, 21.5, 24.0, 26.0, 26.1):
                for push in range(-3, 4):
                    results.append(attempt(development_time, film, developer, temp, push, dilution))
    results.append(attempt(development_time, "HP5 Plus", "Perceptol"))
    pairs = sorted(CHART)
    for _ in range(500):
        film, developer = rng.choice(pairs)
        dilution = rng.choice([None, *CHART[(film, developer)]])
        temp = round(rng.uniform(15.5, 26.5), 1)
        push = rng.choice([-2, -1, -1, 0, 1, 1, 2, 3])
        minutes = attempt(development_time, film, developer, temp, push, dilution)
        results.append(minutes)
        if isinstance(minutes, float):
            results.append(attempt(format_minutes, minutes))
    return results
