"""Durations in every form people type, then random logs read and reported."""

import random

from observing import attempt
from worklog.durations import format_duration, parse_duration
from worklog.entries import read_log, report, totals_by_project

EDGE = ["", " ", "0", "90", "1:30", "0:05", "1:5", "1:75", "10:00", "h", "m", "2h", "45m", "45min",
        "1h30m", "1h 30m", "1H30M", "0h0m", "3h5", "1.5h", "-5", "1:30:00", "h30m", "2hm", " 12min ",
        "1h30", "7 h 15 min", "abc"]


def random_duration(rng):
    hours, minutes = rng.randint(0, 9), rng.randint(0, 75)
    form = rng.randrange(6)
    if form == 0:
        return str(hours * 60 + minutes)
    if form == 1:
        return f"{hours}:{minutes:02d}"
    if form == 2:
        return f"{hours}h{minutes}m"
    if form == 3:
        return f"{hours}h"
    if form == 4:
        return f"{minutes}{rng.choice(['m', 'min', ' min'])}"
    return rng.choice(EDGE)


def observe():
    rng = random.Random(4417)
    results = [attempt(parse_duration, text) for text in EDGE]
    results += [attempt(format_duration, m) for m in (0, 5, 60, 61, 600, 1439)]
    for _ in range(80):
        text = random_duration(rng)
        results.append((text, attempt(parse_duration, text)))
    for _ in range(30):
        lines = ["# log"]
        for _ in range(rng.randint(0, 6)):
            day = f"2024-03-{rng.randint(1, 28):02d}"
            project = rng.choice(["website", "Billing", "billing", "support"])
            note = rng.choice(["", "calls", "fixed the menu"])
            lines.append(f"{day}  {project}  {random_duration(rng)}  {note}")
        entries = attempt(read_log, "\n".join(lines))
        results.append(entries)
        if isinstance(entries, list):
            results.append(attempt(totals_by_project, entries))
            results.append(attempt(report, entries))
    return results
