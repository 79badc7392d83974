"""Random logs filtered at every level, with and without a start time and components."""

import random
from datetime import datetime, timedelta

from observing import attempt
from logscan.filters import select
from logscan.parser import LEVELS, parse_lines
from logscan.report import count_by_component, first_error


def summary(chosen):
    if not isinstance(chosen, list):
        return chosen
    return [(e.timestamp.isoformat(), e.level, e.component) for e in chosen]


def observe():
    rng = random.Random(3307)
    start = datetime(2024, 5, 2, 8, 0)
    results = []
    for _ in range(40):
        lines = []
        moment = start
        for _ in range(rng.randint(0, 12)):
            moment += timedelta(seconds=rng.randint(0, 90))
            level = rng.choice(LEVELS + ("TRACE",))
            component = rng.choice(["web", "db", "billing", "auth"])
            lines.append(f"{moment.isoformat()} {level} [{component}] message {rng.randint(0, 99)}")
            if rng.random() < 0.1:
                lines.append("  File \"app.py\", line 3")
        entries = parse_lines(lines)
        results.append(len(entries))
        for level in LEVELS:
            for since in (None, start, start + timedelta(minutes=rng.randint(0, 10))):
                for components in (None, set(), {"web"}, {"db", "billing"}):
                    results.append(summary(attempt(select, entries, level, components, since)))
        results.append(attempt(select, entries, "NOTICE"))
        results.append(attempt(count_by_component, entries))
        results.append(attempt(count_by_component, entries, "DEBUG"))
        results.append(attempt(first_error, entries))
    return results
