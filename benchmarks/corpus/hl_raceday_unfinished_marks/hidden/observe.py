"""Rankings and podiums of hand-made and random results sheets."""

import random

from observing import attempt
from raceday.entries import read_entries
from raceday.results import podium, ranking

MARKS = ["DNF", "DSQ", "dns", "n/a", "1:02:03:04", "-5:00", "12", "1:xx:00", " ", "0:59:60"]


def entry(bib, time=..., category="M"):
    found = {"bib": bib, "category": category}
    if time is not ...:
        found["time"] = time
    return found


def observe():
    rng = random.Random(2718)
    results = []
    edge = [
        [],
        [entry("1")],
        [entry("1", "DNF")],
        [entry("1", "40:00"), entry("2", "DNF"), entry("3", "39:59")],
        [entry("1", "40:00"), entry("2", "40:00"), entry("3", "40:00")],
        [entry("1", "1:00:00"), entry("2", "60:00")],
        [entry("1", "DSQ"), entry("2")],
        [entry("1", "40:00"), entry("2", None)],
        [entry("1", "40:00"), entry("2", 2400)],
    ]
    for mark in MARKS:
        edge.append([entry("1", "41:00"), entry("2", mark), entry("3", "40:00")])
    for entries in edge:
        results.append(attempt(ranking, entries))
        results.append(attempt(podium, entries, "M"))
    results.append(attempt(ranking, read_entries("1\tA\tM\t40:00\n2\tB\tM\tDNF\n3\tC\tF\n4\tD\tF\t39:00\n")))
    for _ in range(100):
        entries = []
        for bib in rng.sample(range(100, 400), rng.randint(0, 12)):
            roll = rng.random()
            category = rng.choice(["M", "F", "M40"])
            if roll < 0.1:
                entries.append(entry(str(bib), category=category))
            elif roll < 0.3:
                entries.append(entry(str(bib), rng.choice(MARKS), category))
            else:
                seconds = rng.randint(2300, 2600) if rng.random() < 0.8 else rng.randint(3500, 4000)
                text = f"{seconds // 3600}:{seconds % 3600 // 60:02d}:{seconds % 60:02d}"
                if seconds < 3600 and rng.random() < 0.5:
                    text = f"{seconds // 60}:{seconds % 60:02d}"
                entries.append(entry(str(bib), text, category))
        results.append(attempt(ranking, entries))
        results.append(attempt(podium, entries, rng.choice(["M", "F"])))
    return results
