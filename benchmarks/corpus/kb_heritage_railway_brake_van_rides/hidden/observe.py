"""RideDay.book_group with full rides before, between and after the seats it needs, asking before, on and between rides, and too big for what is left; then random days of parties and groups through book_all, with the platform board after each."""

import random

from observing import attempt
from bookings import book_all, platform_board
from timetable import RideDay, clock, minutes

DAYS = [
    ("10:00", "16:00", 30, 16),
    ("10:15", "15:45", 40, 12),
    ("09:00", "12:00", 45, 8),
    ("11:00", "11:50", 25, 4),
]


def group_after(sold, after, people, opens, closes, every, seats):
    """book_group on a day where `sold` (ride number -> seats) is already gone."""
    day = RideDay(opens, closes, every, seats)
    for ride, taken in sold.items():
        day.sold[day.opens + ride * every] = taken
    return day.book_group(after, people), platform_board(day)


def day_of(bookings, opens, closes, every, seats):
    day = RideDay(opens, closes, every, seats)
    return book_all(day, bookings), platform_board(day), day.departures()


def observe():
    rng = random.Random(9120)
    results = []
    for opens, closes, every, seats in DAYS:
        start = minutes(opens)
        rides = len(range(start, minutes(closes), every))
        for sold in ({}, {0: seats}, {1: seats}, {0: seats, 1: seats}, {1: seats, 2: seats - 1}, {r: seats for r in range(1, rides)}):
            for after in (start - 10, start, start + 1, start + every, start + every + 5):
                for people in (0, 1, seats, seats + 1, 2 * seats + 3, rides * seats):
                    results.append(attempt(group_after, sold, clock(after), people, opens, closes, every, seats))
    for _ in range(150):
        opens, closes, every, seats = rng.choice(DAYS)
        start, end = minutes(opens), minutes(closes)
        bookings = [
            (f"P{n}", rng.choice((rng.randint(1, seats), rng.randint(1, 3 * seats))), clock(rng.randint(start - 20, end + 20)))
            for n in range(rng.randint(0, 25))
        ]
        results.append(attempt(day_of, bookings, opens, closes, every, seats))
    return results
