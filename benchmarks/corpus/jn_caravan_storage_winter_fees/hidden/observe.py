"""season_invoices on stays of one day, a few days, around the minimum charge, half and nearly all the season, overlapping either end, outside it, repeat visits, then random registers and seasons."""

import random
from datetime import date, timedelta

from observing import attempt
from caravanstore.fees import SEASON_FEE, season_invoices
from caravanstore.register import Stay

OPENS = date(2024, 10, 1)
CLOSES = date(2025, 3, 31)


def at(offset):
    return OPENS + timedelta(days=offset)


def observe():
    rng = random.Random(3082)
    results = []
    for kind in sorted(SEASON_FEE):
        for start, end in [(0, 0), (0, 9), (0, 38), (0, 39), (0, 60), (0, 90), (0, 91), (50, 140), (0, 180), (1, 181), (0, 181),
                           (-30, 5), (-30, None), (170, 200), (181, None), (182, None), (-10, -1), (-10, 0), (100, None)]:
            stay = Stay("AB12 CDE", kind, at(start), None if end is None else at(end))
            results.append(attempt(season_invoices, [stay], OPENS, CLOSES))
    results.append(attempt(season_invoices, [], OPENS, CLOSES))
    repeat = [Stay("AB12 CDE", "touring", at(0), at(20)), Stay("AB12 CDE", "touring", at(100), None)]
    results.append(attempt(season_invoices, repeat, OPENS, CLOSES))
    for _ in range(150):
        opens = date(2024, rng.choice((9, 10, 11)), 1)
        closes = opens + timedelta(days=rng.choice((90, 150, 181, 212)))
        stays = []
        for _ in range(rng.randint(0, 6)):
            arrived = opens + timedelta(days=rng.randint(-60, 220))
            leaves = None if rng.random() < 0.3 else arrived + timedelta(days=rng.randint(0, 200))
            stays.append(Stay(rng.choice(("KX19 ABC", "LM67 TTR", "YA12 UUP", "PB05 HHW", "RT70 OPL")), rng.choice(sorted(SEASON_FEE)), arrived, leaves))
        results.append(attempt(season_invoices, stays, opens, closes))
    return results
