"""Due dates, overdue checks and plans for random registers and check logs."""

import random
from datetime import date, timedelta

from observing import attempt
from firesafety.intervals import INTERVALS
from firesafety.register import Register

KINDS = sorted(INTERVALS)


def observe():
    rng = random.Random(4711)
    results = []
    reg = Register()
    reg.add("A", "fire door", "hall", date(2024, 2, 29))
    reg.add("check", "fire door", "attic", date(2024, 1, 1))
    results.append((attempt(reg.next_due, "A"), attempt(reg.next_due, "check"), attempt(reg.next_due, "B")))
    reg.record("A", "check", date(2024, 3, 1))
    results.append((attempt(reg.next_due, "A"), attempt(reg.next_due, "check")))
    reg.record("check", "check", date(2023, 6, 1))
    reg.record("A", "check", date(2024, 1, 1))
    results.append((attempt(reg.next_due, "A"), attempt(reg.next_due, "check"), reg.overdue(date(2024, 7, 1))))
    for _ in range(100):
        reg = Register()
        tags = []
        for index in range(rng.randint(1, 5)):
            kind = rng.choice(KINDS)
            tag = f"{kind[:2].upper()}-{index}"
            reg.add(tag, kind, rng.choice(["hall", "kitchen", "roof", "lab"]), date(2022, 1, 1) + timedelta(days=rng.randint(0, 700)))
            tags.append(tag)
        for _ in range(rng.randint(0, 15)):
            tag = rng.choice(tags)
            task = rng.choice(sorted(INTERVALS[reg.units[tag].kind]) + ["service"])
            attempt(reg.record, tag, task, date(2022, 1, 1) + timedelta(days=rng.randint(0, 1000)))
        today = date(2023, 1, 1) + timedelta(days=rng.randint(0, 600))
        results.append([attempt(reg.next_due, tag) for tag in tags])
        results.append(attempt(reg.overdue, today))
        results.append(attempt(reg.plan, today, rng.choice([1, 7, 30, 90])))
    return results
