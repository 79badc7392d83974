"""HutCalendar.longest_free_run with lets at the ends and in the middle of the season, then random seasons."""

import random

from observing import attempt
from beachhuts.bookings import SEASON_WEEKS, HutCalendar
from beachhuts.huts import Hut


def season(lets):
    calendar = HutCalendar([Hut(1, "promenade", 95), Hut(2, "dunes", 70)])
    prices = [attempt(calendar.book, number, first, weeks) for number, first, weeks in lets]
    return calendar, prices


def observe():
    rng = random.Random(2604)
    results = []
    edge_cases = [
        [],
        [(1, 1, 1)],
        [(1, SEASON_WEEKS, 1)],
        [(1, 1, SEASON_WEEKS)],
        [(1, 2, 1)],
        [(1, 1, 3), (1, 5, 1)],
        [(1, 4, 2), (1, 10, 2), (1, 20, 7)],
        [(1, 1, 12), (1, 14, 13)],
        [(1, 13, 1)],
        [(1, 3, 1), (1, 6, 1), (1, 9, 1), (1, 12, 1)],
        [(1, 5, 5), (1, 5, 1), (1, 0, 2), (1, 26, 2)],
    ]
    for lets in edge_cases:
        calendar, prices = season(lets)
        results.append((prices, attempt(calendar.longest_free_run, 1), attempt(calendar.longest_free_run, 2),
                        attempt(calendar.occupancy), attempt(calendar.free_huts, 5)))
    for _ in range(150):
        lets = [(rng.choice((1, 2)), rng.randint(1, SEASON_WEEKS), rng.choice((1, 1, 2, 3, 4, 8))) for _ in range(rng.randint(0, 12))]
        calendar, prices = season(lets)
        results.append((prices, attempt(calendar.longest_free_run, 1), attempt(calendar.longest_free_run, 2),
                        attempt(calendar.occupancy), attempt(calendar.free_huts, rng.randint(1, SEASON_WEEKS), "dunes")))
    return results
