"""Match.placings, prize_list and late_finishers for classes with nobody late, a late leader, late entries falling just below or level with others, ties on score and finish, then random matches."""

import random

from observing import attempt
from hedgematch.entries import HEADS, TIME_ALLOWED, Entry
from hedgematch.results import Match


def run(entries):
    match = Match(entries)
    return [attempt(match.placings, cls) for cls in TIME_ALLOWED], attempt(match.prize_list), attempt(match.late_finishers)


def entry(number, cls, marks, minutes):
    return Entry(number, f"E{number}", cls, dict(zip(HEADS, marks)), minutes)


def observe():
    rng = random.Random(7312)
    results = [run([])]
    for cls, allowed in TIME_ALLOWED.items():
        for late in (0, 1, 5, 6, 10, 11, 20, 45):
            for lead in (0, 1, 2, 3, 5):
                entries = [
                    entry(1, cls, (15, 15, 15, 15, 15 + lead), allowed + late),
                    entry(2, cls, (15, 15, 15, 15, 15), allowed - 10),
                    entry(3, cls, (14, 15, 15, 15, 14), allowed),
                ]
                results.append(run(entries))
                results.append(run(list(reversed(entries))))
    for _ in range(200):
        entries = []
        for number in range(1, rng.randint(1, 14)):
            cls = rng.choice(list(TIME_ALLOWED))
            marks = tuple(rng.randint(8, 20) for _ in HEADS)
            minutes = TIME_ALLOWED[cls] + rng.choice((-30, -1, 0, 0, rng.randint(1, 12), rng.randint(1, 40)))
            entries.append(entry(number, cls, marks, minutes))
        results.append(run(entries))
    return results
