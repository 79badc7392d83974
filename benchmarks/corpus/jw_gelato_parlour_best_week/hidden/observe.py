"""best_run on short seasons with the best stretch first, in the middle and last, on ties and on runs as long as the season, then random seasons; best_week on random Z reports."""

import random
from datetime import date, timedelta

from observing import attempt
from takings import best_run, best_week, read_z_reports


def reports_text(start, amounts):
    lines = []
    for offset, amount in enumerate(amounts):
        day = start + timedelta(days=offset)
        lines.append(f"{day.isoformat()} {'closed' if amount is None else f'{amount:.2f}'}")
    return "\n".join(lines)


def observe():
    rng = random.Random(7316)
    results = []
    hand_picked = [
        [], [5], [5, 9], [9, 5], [1, 2, 3], [3, 2, 1], [1, 3, 2], [4, 4, 4],
        [0, 0, 0, 10], [10, 0, 0, 0], [1, 1, 1, 1, 50], [50, 1, 1, 1, 1],
        [100, 300, 500, 200, 50], [120, 95, 140, 610, 880], [200, 100, 200, 100],
        [2.5, 2.25, 0.0, 7.75, 1.1], [-5, 10, -5, 10],
    ]
    for takings in hand_picked:
        for days in range(0, len(takings) + 2):
            results.append(attempt(best_run, takings, days))
    for _ in range(150):
        takings = [round(rng.uniform(0, 1200), 2) if rng.random() > 0.1 else 0.0 for _ in range(rng.randint(1, 40))]
        if rng.random() < 0.4:
            takings[-1] += 3000
        days = rng.choice((1, 2, 3, 7, 7, 14, len(takings), len(takings) - 1))
        results.append(attempt(best_run, takings, days))
    for _ in range(60):
        start = date(2024, 5, 1) + timedelta(days=rng.randint(0, 120))
        amounts = [None if rng.random() < 0.1 else rng.uniform(50, 1500) for _ in range(rng.randint(1, 30))]
        text = reports_text(start, amounts)
        results.append(attempt(lambda t, d: best_week(read_z_reports(t), d), text, rng.choice((1, 2, 3, 7))))
    return results
