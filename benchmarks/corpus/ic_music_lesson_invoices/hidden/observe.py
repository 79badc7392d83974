"""Invoice lines for random lesson diaries, whole and month by month."""

import random
from datetime import date, timedelta

from observing import attempt
from lessons.invoicing import invoice_lines, invoice_total
from lessons.models import Lesson

STUDENTS = ["mia", "leo", "ada", "tom", "zoe", "kai"]
INSTRUMENTS = ["piano", "violin", "guitar", "cello"]


def observe():
    rng = random.Random(2718)
    results = []
    results.append(attempt(invoice_lines, []))
    same = [Lesson("mia", date(2024, 1, d), 30) for d in (1, 8, 15)]
    results.append(attempt(invoice_lines, same))
    results.append(attempt(invoice_lines, same, (2024, 2)))
    for n in range(150):
        start = date(2024, 1, 1) + timedelta(days=rng.randint(0, 300))
        diary = [
            Lesson(rng.choice(STUDENTS[: rng.randint(1, 6)]), start + timedelta(days=rng.randint(0, 70)),
                   rng.choice([20, 30, 45, 60, 90]), rng.choice(INSTRUMENTS))
            for _ in range(rng.randint(0, 14))
        ]
        lines = attempt(invoice_lines, diary)
        results.append(lines)
        results.append(attempt(invoice_total, lines) if isinstance(lines, list) else None)
        month = (start.year, start.month)
        results.append(attempt(invoice_lines, diary, month))
    return results
