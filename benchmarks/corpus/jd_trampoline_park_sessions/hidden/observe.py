"""Sessions for days that end on, just before and just after a session's finish, then random days and bookings."""

import random

from observing import attempt
from bounce.clock import Hours, hhmm
from bounce.sessions import book, bookable_sessions


def observe():
    rng = random.Random(5150)
    results = []
    for opens in (540, 570, 600):
        for extra in (-1, 0, 1, 4, 5, 6, 44, 45, 46, 59, 60, 61, 120, 165, 179, 180, 181):
            for length, changeover in ((55, 5), (45, 0), (30, 15), (60, 0)):
                closes = opens + length + extra
                if closes <= opens:
                    continue
                hours = Hours(opens, closes)
                results.append(attempt(bookable_sessions, hours, {}, "open", length, changeover))
                results.append(attempt(bookable_sessions, hours, {}, "toddler", length, changeover))
    for opens, closes in ((600, 1080), (570, 660), (600, 655), (600, 654), (600, 656), (540, 1320)):
        hours = Hours(opens, closes)
        results.append(attempt(bookable_sessions, hours, {}))
        results.append(attempt(book, hours, {}, hhmm(closes - 55), 5))
        results.append(attempt(book, hours, {}, hhmm(closes - 45), 5, "toddler"))
    for _ in range(150):
        opens = rng.choice(range(480, 720, 15))
        closes = opens + rng.randint(30, 720)
        hours = Hours(opens, closes)
        length = rng.choice((30, 45, 55, 60, 90))
        changeover = rng.choice((0, 5, 10, 15))
        kind = rng.choice(("open", "toddler"))
        booked = {}
        for start in range(opens, closes, 15):
            if rng.random() < 0.3:
                booked[hhmm(start)] = rng.randint(0, 40)
        results.append(attempt(bookable_sessions, hours, booked, kind, length, changeover))
        for _ in range(4):
            start = hhmm(rng.choice(range(opens, closes, 5)))
            if rng.random() < 0.5:
                start = hhmm(closes - (55 if kind == "open" else 45))
            outcome = attempt(book, hours, booked, start, rng.randint(1, 12), kind)
            results.append(outcome)
            if isinstance(outcome, dict):
                booked = outcome
    return results
