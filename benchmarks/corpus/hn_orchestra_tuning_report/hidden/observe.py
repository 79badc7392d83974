"""Tuning reports on edge readings and random rehearsals at different concert pitches."""

import random

from observing import attempt
from tuning.pitch import note_frequency
from tuning.report import section_summary, tuning_report

NOTES = ["A4", "Bb3", "F3", "C4", "E4", "G3", "D5", "C#4", "Eb4", "B2"]
PLAYERS = ["Ana", "Ben", "Chloe", "Dev", "Eli", "Fay", "Gus", "Hana", "Ivo"]
SECTIONS = {name: ["strings", "winds", "brass"][i % 3] for i, name in enumerate(PLAYERS)}


def observe():
    rng = random.Random(4404)
    results = []
    for cents in (-50, -5.1, -5, -4.9, 0, 4.9, 5, 5.1, 50):
        frequency = 440.0 * 2 ** (cents / 1200)
        for tolerance in (0, 5, 10):
            results.append(attempt(tuning_report, {"Ana": ("A4", frequency)}, 440.0, tolerance))
    results.append(attempt(tuning_report, {}))
    results.append(attempt(tuning_report, {"Ana": ("A4", 0.0)}))
    results.append(attempt(tuning_report, {"Ana": ("A4", 430.0), "Ben": ("A4", 450.0)}))
    for _ in range(100):
        a4 = rng.choice([440.0, 442.0, 415.0])
        readings = {}
        for player in rng.sample(PLAYERS, rng.randint(1, len(PLAYERS))):
            note = rng.choice(NOTES)
            cents = rng.uniform(-40, 40)
            readings[player] = (note, note_frequency(note, a4) * 2 ** (cents / 1200))
        tolerance = rng.choice([3.0, 5.0, 10.0])
        results.append(attempt(tuning_report, readings, a4, tolerance))
        results.append(attempt(section_summary, readings, SECTIONS, a4, tolerance))
    return results
