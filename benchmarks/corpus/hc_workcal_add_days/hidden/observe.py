"""Adding working days around holidays, closing days and year ends, then random starts."""

import random
from datetime import date, timedelta

from observing import attempt
from workcal import WorkCalendar


def observe():
    results = []
    plain = WorkCalendar()
    closing = WorkCalendar(closed={date(2024, 12, 24), date(2024, 12, 27), date(2025, 1, 2), date(2024, 5, 10)})
    starts = [date(2024, 12, 20), date(2024, 12, 31), date(2025, 1, 1), date(2024, 5, 8), date(2024, 4, 26),
              date(2025, 4, 17), date(2023, 12, 24), date(2024, 2, 29)]
    for calendar in (plain, closing):
        for start in starts:
            for days in (-12, -5, -2, -1, 0, 1, 2, 3, 5, 10, 25):
                results.append(attempt(calendar.add_workdays, start, days))
    rng = random.Random(2024)
    for _ in range(150):
        start = date(2019, 1, 1) + timedelta(days=rng.randint(0, 2500))
        days = rng.randint(-40, 40)
        calendar = rng.choice([plain, closing])
        end = attempt(calendar.add_workdays, start, days)
        results.append((start, days, end))
        if isinstance(end, date) and days > 0:
            results.append(calendar.workdays_between(start + timedelta(days=1), end))
    return results
