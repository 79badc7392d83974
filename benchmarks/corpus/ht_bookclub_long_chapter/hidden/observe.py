"""Reading plans and calendars for random books, budgets and rest days."""

import random
from datetime import date, timedelta

from observing import attempt
from bookclub.books import Chapter, parse_contents
from bookclub.schedule import finish_date, plan_days, reading_calendar


def observe():
    rng = random.Random(5150)
    results = []
    edge = [
        [],
        [Chapter("A", 1)],
        [Chapter("A", 30)],
        [Chapter("A", 30), Chapter("B", 30)],
        [Chapter("A", 10), Chapter("B", 10), Chapter("C", 10)],
        [Chapter("A", 5), Chapter("B", 25), Chapter("C", 5)],
        [Chapter("A", 21), Chapter("B", 1), Chapter("C", 19), Chapter("D", 2)],
    ]
    for chapters in edge:
        for budget in (-1, 0, 1, 10, 20, 25, 30, 100):
            results.append(attempt(plan_days, chapters, budget))
            results.append(attempt(reading_calendar, chapters, budget, date(2024, 2, 28), (6,)))
    results.append(attempt(parse_contents, "One 1\nTwo 1\n(end) 5"))
    results.append(attempt(parse_contents, "One ... 3\nTwo ... 10\n(end) ... 11\n"))
    for _ in range(100):
        chapters = [Chapter(f"ch{i}", rng.choice([rng.randint(1, 15), rng.randint(10, 60)]))
                    for i in range(rng.randint(0, 12))]
        budget = rng.randint(5, 50)
        rest = tuple(rng.sample(range(7), rng.randint(0, 3)))
        first = date(2024, 1, 1) + timedelta(days=rng.randint(0, 365))
        results.append((attempt(plan_days, chapters, budget),
                        attempt(reading_calendar, chapters, budget, first, rest),
                        attempt(finish_date, chapters, budget, first, rest)))
    return results
