"""allocate() for riders around each horse's weight limit and level, then random lessons run through a day."""

import random

from observing import attempt
from riding.allocation import allocate, run_lesson
from riding.stable import LEVELS, Horse, Rider, wormer_dose_ml


def string():
    return [
        Horse("Pepper", 280, 55, ("beginner", "novice")),
        Horse("Biscuit", 390, 70, ("beginner", "novice", "intermediate")),
        Horse("Duke", 610, 95, ("novice", "intermediate", "advanced")),
        Horse("Storm", 540, 85, ("intermediate", "advanced")),
    ]


def observe():
    rng = random.Random(3301)
    results = []
    for weight in (30, 54, 55, 56, 69, 70, 71, 84, 85, 86, 94, 95, 96, 120, 300, 600):
        for level in LEVELS:
            results.append(attempt(allocate, [Rider("r", weight, level)], string()))
    for _ in range(100):
        horses = [
            Horse(
                f"H{k}",
                rng.randint(250, 700),
                rng.randint(45, 110),
                tuple(level for level in LEVELS if rng.random() < 0.6),
                rng.randint(0, 3),
            )
            for k in range(rng.randint(0, 7))
        ]
        results.append(attempt(lambda: [wormer_dose_ml(h) for h in horses]))
        for lesson in range(4):
            riders = [
                Rider(f"R{lesson}-{k}", rng.randint(25, 110), rng.choice(LEVELS)) for k in range(rng.randint(0, 6))
            ]
            results.append(attempt(run_lesson, riders, horses))
        results.append([(h.name, h.lessons_today) for h in horses])
    return results
