"""open_sessions for members and the public around start times and capacity, then random weeks with bookings."""

import random
from datetime import date, datetime, timedelta

from observing import attempt
from sauna.booking import book, cancel, open_sessions
from sauna.sessions import Session, week_of_sessions

MONDAY = datetime(2024, 11, 4)


def offered(sessions, day, party, member, now):
    return [(s.start.isoformat(), s.members_only, s.spaces_left()) for s in open_sessions(sessions, day, party, member, now)]


def observe():
    rng = random.Random(4417)
    results = []
    for member in (False, True):
        for members_only in (False, True):
            for booked in (0, 3, 6, 8):
                for party in (1, 2, 5):
                    for now in (datetime(2024, 11, 4, 6), datetime(2024, 11, 4, 12), datetime(2024, 11, 4, 11, 59)):
                        session = Session(datetime(2024, 11, 4, 12), 90, 8, members_only, {"X": booked} if booked else {})
                        results.append(attempt(offered, [session], date(2024, 11, 4), party, member, now))
    for _ in range(80):
        hours = sorted(rng.sample(range(6, 22), rng.randint(1, 4)))
        sessions = week_of_sessions(MONDAY, hours, rng.choice([4, 6, 8, 10]))
        rng.shuffle(sessions)
        for k in range(rng.randint(0, 25)):
            session = rng.choice(sessions)
            results.append(attempt(book, session, f"R{k}", rng.randint(0, 7)))
            if rng.random() < 0.1:
                results.append(attempt(cancel, session, f"R{rng.randint(0, k)}"))
        day = date(2024, 11, 4) + timedelta(days=rng.randint(0, 7))
        now = datetime.combine(day, datetime.min.time()) + timedelta(hours=rng.choice([0, 6, 9, 12.5, 15, 23]))
        for member in (False, True):
            results.append(attempt(offered, sessions, day, rng.randint(1, 6), member, now))
    return results
