"""bay_charge and session_total for sessions of every length around the minimum and
the quarter-hour blocks, in and out of peak, then random days at the range."""

import random
from datetime import time

from observing import attempt
from range_desk.billing import Session, bay_charge, day_takings, session_total


def observe():
    rng = random.Random(5150)
    results = []
    for start in (time(8, 0), time(16, 50), time(17, 0), time(19, 55)):
        for minutes in (-10, 0, 1, 14, 15, 16, 29, 30, 31, 44, 45, 46, 60, 61, 89, 90, 91, 125, 240):
            total = start.hour * 60 + start.minute + minutes
            if not 0 <= total < 24 * 60:
                continue
            end = time(total // 60, total % 60)
            for member in (False, True):
                session = Session(1, start, end, buckets=1, member=member)
                results.append((minutes, attempt(bay_charge, session), attempt(session_total, session)))
    for _ in range(80):
        sessions = []
        for _ in range(rng.randint(0, 15)):
            start = rng.randint(7 * 60, 21 * 60)
            end = start + rng.randint(5, 180)
            session = Session(rng.randint(1, 24), time(start // 60, start % 60), time(min(end, 23 * 60 + 59) // 60, min(end, 23 * 60 + 59) % 60),
                              rng.randint(0, 4), rng.random() < 0.3)
            sessions.append(session)
            results.append(attempt(bay_charge, session))
        results.append(attempt(day_takings, sessions))
    return results
