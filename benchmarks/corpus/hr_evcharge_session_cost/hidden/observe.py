"""Costs and statements for sessions around the peak hours and random ones over a month."""

import random
from datetime import datetime, timedelta

from observing import attempt
from evcharge.sessions import Session, session_cost, statement


def observe():
    rng = random.Random(7207)
    results = []
    monday = datetime(2024, 3, 4)
    for day in (0, 4, 5, 6):
        for start_hour in (0, 15, 16, 19, 20, 23):
            for minutes in (0, 1, 59, 60, 61, 240):
                start = monday + timedelta(days=day, hours=start_hour)
                results.append(attempt(session_cost, Session(start, start + timedelta(minutes=minutes), 7.4)))
    results.append(attempt(session_cost, Session(monday + timedelta(hours=18), monday + timedelta(hours=17), 7.0)))
    for _ in range(100):
        sessions = []
        for _ in range(rng.randint(0, 6)):
            start = monday + timedelta(days=rng.randint(0, 27), hours=rng.randint(0, 23), minutes=rng.randint(0, 59))
            sessions.append(Session(start, start + timedelta(minutes=rng.randint(0, 720)),
                                    rng.choice([2.3, 3.6, 7.0, 7.4, 11.0])))
        results.append(([attempt(session_cost, s) for s in sessions], attempt(statement, sessions)))
    return results
