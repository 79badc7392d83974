"""import_log on good lines and every kind of bad one, then random logs with typos."""

import random
from datetime import date, timedelta

from observing import attempt
from training.kennel import Dog, Kennel
from training.log import import_log
from training.progress import minutes_by_skill, neglected

KENNEL = Kennel([Dog("Bramble", "Ann", date(2023, 9, 2)), Dog("Juno", "Tom", date(2023, 10, 15)), Dog("Pip", "Ann", date(2024, 1, 6))])
NAMES = ["Bramble", "juno", "PIP ", "Rex", "Brambel", ""]
SKILLS = ["kerbs", "Kerb", "steps", "stairs", "traffic", "recall", "settle", "cafe", "swimming", "heel", ""]


def imported(text):
    sessions, problems = import_log(text, KENNEL)
    return [(s.day.isoformat(), s.dog.name, s.skill, s.minutes) for s in sessions], problems


def observe():
    rng = random.Random(6021)
    results = []
    lines = [
        "",
        "# comment",
        "2024-03-04, Bramble, kerbs, 20",
        "2024-03-04, Rex, kerbs, 20",
        "2024-03-04, Bramble, swimming, 20",
        "2024-03-04, Bramble, kerbs",
        "2024-03-04, Bramble, kerbs, 20, extra",
        "2024-02-30, Bramble, kerbs, 20",
        "2024-03-04, Bramble, kerbs, twenty",
        "2024-03-04, , kerbs, 20",
        "2024-03-04, Bramble, , 20",
        "2024-03-04,Juno,Settle,5",
    ]
    for line in lines:
        results.append(attempt(imported, line))
        results.append(attempt(imported, line + "\n2024-03-05, Pip, recall, 10\n"))
    start = date(2024, 3, 1)
    for _ in range(100):
        rows = []
        for _ in range(rng.randint(0, 12)):
            day = start + timedelta(days=rng.randint(0, 20))
            stamp = day.isoformat() if rng.random() < 0.9 else day.isoformat() + "x"
            minutes = str(rng.randint(5, 60)) if rng.random() < 0.9 else "half an hour"
            row = [stamp, rng.choice(NAMES), rng.choice(SKILLS), minutes]
            if rng.random() < 0.05:
                row.pop()
            rows.append(", ".join(row))
        text = "\n".join(rows)
        results.append(attempt(imported, text))
        outcome = attempt(import_log, text, KENNEL)
        if isinstance(outcome, tuple):
            sessions = outcome[0]
            for dog in KENNEL.dogs():
                results.append(minutes_by_skill(sessions, dog))
                results.append(neglected(sessions, dog, start + timedelta(days=21), rng.choice((7, 14))))
    return results
