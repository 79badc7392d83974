"""Class records, personal bests and new records over recovered, lost and unmeasured flights, then random seasons."""

import random
from datetime import date, timedelta

from observing import attempt
from rocketry.flights import Flight, parse_log
from rocketry.records import class_records, new_records, personal_bests

START = date(2024, 3, 3)
FLYERS = ["Priya", "Dan", "Gwen", "Tomasz", "Ade"]
MOTORS = ["A8-3", "B6-4", "C6-5", "C6-7", "D12-5", "E9-6", "F15-4", "G40-7", "H128-M"]


def observe():
    rng = random.Random(4417)
    results = []
    edge = [
        [],
        [Flight(START, "Dan", "Alpha", "C6-5", None, True)],
        [Flight(START, "Dan", "Alpha", "C6-5", 200, False)],
        [Flight(START, "Dan", "Alpha", "C6-5", 200, True), Flight(START, "Gwen", "Dart", "c6-7", 250, False)],
        [Flight(START, "Dan", "Alpha", "C6-5", 200, False), Flight(START, "Gwen", "Dart", "C6-7", 150, True)],
        [Flight(START + timedelta(days=7), "Dan", "Alpha", "D12-5", 300, True), Flight(START, "Gwen", "Dart", "D12-5", 300, True)],
        [Flight(START, "Dan", "Alpha", "D12-5", 0, False), Flight(START, "Dan", "Alpha", "D12-5", 0, True)],
    ]
    for flights in edge:
        results.append(attempt(class_records, flights))
        results.append(attempt(personal_bests, flights))
        results.append(attempt(new_records, {"C": (210, "Ade", "Old"), "D": (299, "Ade", "Old")}, flights))
    text = "2024-04-14 | Priya | Skylark | C6-5 | 212 | yes\n2024-04-14 | Priya | Skylark II | C6-5 | 640 | NO\n"
    results.append(attempt(lambda: class_records(parse_log(text))))
    for _ in range(150):
        flights = []
        for _ in range(rng.randint(0, 25)):
            flights.append(
                Flight(
                    START + timedelta(days=7 * rng.randint(0, 20)),
                    rng.choice(FLYERS),
                    rng.choice(["Skylark", "Dart", "Comet", "Nightjar", "Alpha"]),
                    rng.choice(MOTORS),
                    None if rng.random() < 0.15 else rng.randint(20, 90) * 10,
                    rng.random() < 0.75,
                )
            )
        results.append(attempt(class_records, flights))
        results.append(attempt(personal_bests, flights))
        previous = {m[0]: (rng.randint(20, 90) * 10, "Ade", "Old") for m in rng.sample(MOTORS, 4)}
        results.append(attempt(new_records, previous, flights))
    return results
