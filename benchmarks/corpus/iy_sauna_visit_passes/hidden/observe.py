"""VisitPass.charge around the expiry day, peak hours and running out of credits, then random months of visits."""

import random
from datetime import date, datetime, timedelta

from observing import attempt
from saunapass.passes import VisitPass

BOUGHT = date(2024, 1, 1)


def charge(credits, valid_days, visits, top_up=None):
    pass_ = VisitPass("Mia", credits, BOUGHT, valid_days)
    if top_up is not None:
        pass_.top_up(*top_up)
    charged = pass_.charge(visits)
    return charged, pass_.credits, pass_.visits_made(), pass_.expires_on


def observe():
    rng = random.Random(4411)
    results = []
    for valid_days in (1, 30, 90):
        expiry = BOUGHT + timedelta(days=valid_days)
        for offset in (-2, -1, 0, 1, 5):
            day = expiry + timedelta(days=offset)
            for hour in (9, 16, 17, 19, 20):
                for minutes in (1, 30, 60, 61, 120, 150):
                    for credits in (0, 1, 2, 5):
                        visit = (datetime(day.year, day.month, day.day, hour, 15), minutes)
                        results.append(attempt(charge, credits, valid_days, [visit]))
    results.append(attempt(charge, 5, 30, [(datetime(2024, 1, 3, 10), 0)]))
    results.append(attempt(charge, 5, 30, [(datetime(2024, 3, 1, 10), 60)], (3, date(2024, 2, 20))))
    for _ in range(150):
        credits = rng.randint(0, 20)
        valid_days = rng.choice([30, 60, 90])
        visits = []
        for _ in range(rng.randint(0, 12)):
            start = datetime(2024, 1, 1, 7) + timedelta(days=rng.randint(0, 110), minutes=15 * rng.randint(0, 56))
            visits.append((start, rng.choice([20, 45, 60, 75, 90, 120, 180])))
        top_up = None
        if rng.random() < 0.2:
            top_up = (rng.randint(1, 10), BOUGHT + timedelta(days=rng.randint(0, 60)))
        results.append(attempt(charge, credits, valid_days, visits, top_up))
    return results
