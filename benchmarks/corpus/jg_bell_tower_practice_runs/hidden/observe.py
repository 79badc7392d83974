"""attendance_report on registers with gaps at the start, middle and end, shuffled, then random terms."""

import random
from datetime import date, timedelta

from observing import attempt
from belfry.attendance import attendance_report, regulars
from belfry.register import PracticeNight

BAND = ["Ann", "Bill", "Carol", "Dev", "Eve", "Fred"]


def term(patterns):
    """One night a week; patterns[i] is who came on night i."""
    start = date(2024, 9, 3)
    return [PracticeNight(start + timedelta(weeks=i), frozenset(who)) for i, who in enumerate(patterns)]


def observe():
    rng = random.Random(5120)
    results = []
    edge = [
        [],
        [{"Ann"}],
        [set()],
        [{"Ann"}, set(), {"Ann"}],
        [{"Ann"}, {"Ann"}, set(), {"Ann"}],
        [{"Ann"}, set(), {"Ann"}, {"Ann"}],
        [set(), {"Ann"}, {"Ann"}, set()],
        [{"Ann"}, {"Ann"}, {"Ann"}, set(), set(), {"Ann"}, {"Ann"}],
        [{"Ann", "Bill"}, {"Bill"}, {"Ann"}, {"Ann", "Bill"}],
    ]
    for patterns in edge:
        nights = term(patterns)
        results.append(attempt(attendance_report, nights, ["Ann", "Bill"]))
        results.append(attempt(attendance_report, list(reversed(nights)), ["Ann", "Bill"]))
    for _ in range(150):
        weeks = rng.randint(0, 14)
        nights = term([{r for r in BAND if rng.random() < 0.7} for _ in range(weeks)])
        rng.shuffle(nights)
        band = rng.sample(BAND, rng.randint(1, len(BAND)))
        results.append(attempt(attendance_report, nights, band))
        results.append(attempt(regulars, nights, band, rng.choice((0.5, 0.75))))
    return results
