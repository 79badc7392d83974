"""verdict and results_table for runners around each cutoff (a second either side, on it)
and with missing, out-of-order and late finish punches, then random fields of runners."""

import random

from observing import attempt
from course import read_course
from results import results_table, verdict

COURSE = """
# Ennerdale Horseshoe
CP1 Great Borne
CP2 Red Pike       cutoff 1:45
CP3 Pillar         cutoff 3:30
CP4 Lank Rigg
"""
SHORT = """
# Blencathra
CP1 Scales Tarn    cutoff 0:50
CP2 Summit         cutoff 1:10
"""


def hms(seconds):
    return f"{seconds // 3600:02d}:{seconds // 60 % 60:02d}:{seconds % 60:02d}"


def observe():
    rng = random.Random(3907)
    results = []
    courses = [read_course(COURSE), read_course(SHORT), read_course("CP1 Anywhere")]
    start = "10:00:00"
    base = 36000
    ennerdale = courses[0]
    for cp2 in (6299, 6300, 6301, 6359, 6360):
        for cp3 in (12599, 12600, 12601):
            punches = {"CP1": hms(base + 2000), "CP2": hms(base + cp2), "CP3": hms(base + cp3), "CP4": hms(base + 14000), "FIN": hms(base + 15000)}
            results.append(attempt(verdict, ennerdale, start, punches))
    for fin in (13999, 14000, 14001, 20000):
        punches = {"CP1": hms(base + 2000), "CP2": hms(base + 6000), "CP3": hms(base + 12000), "CP4": hms(base + 14000), "FIN": hms(base + fin)}
        results.append(attempt(verdict, ennerdale, start, punches))
    results.append(attempt(verdict, ennerdale, start, {}))
    results.append(attempt(verdict, read_course("# nothing"), start, {"FIN": "10:30:00"}))
    results.append(attempt(verdict, read_course("# nothing"), start, {}))
    for _ in range(150):
        course = rng.choice(courses)
        start_at = rng.choice((32400, 36000, 37800))
        downloads = {}
        for runner in rng.sample(["Joss", "Wendy", "Billy", "Kenny", "Ann", "Pete", "Jean", "Rob"], rng.randint(0, 8)):
            t = start_at
            punches = {}
            for checkpoint in course.checkpoints:
                t += rng.randint(600, 4200)
                if checkpoint.cutoff is not None and rng.random() < 0.3:
                    t = start_at + checkpoint.cutoff + rng.choice((-1, 0, 0, 1, 60))
                if rng.random() < 0.92:
                    punches[checkpoint.code] = hms(t)
            if rng.random() < 0.9:
                punches["FIN"] = hms(t + rng.randint(-100, 1500))
            if punches and rng.random() < 0.05:
                key = rng.choice(sorted(punches))
                punches[key] = hms(start_at + rng.randint(0, 3000))
            downloads[runner] = punches
            results.append(attempt(verdict, course, hms(start_at), punches))
        results.append(attempt(results_table, course, hms(start_at), downloads))
    return results
