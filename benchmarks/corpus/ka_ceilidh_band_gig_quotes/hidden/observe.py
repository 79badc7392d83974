"""quote for gigs of no length, exactly three hours, a minute either side of the half hours and of the late line, past midnight, with and without a caller and extra players; then random enquiries."""

import random
from datetime import date, time

from observing import attempt
from gigfees.gigs import Gig
from gigfees.quote import quote


def minutes(total):
    total %= 24 * 60
    return time(total // 60, total % 60)


def observe():
    rng = random.Random(9405)
    results = []
    day = date(2024, 9, 21)
    for start in (18 * 60, 19 * 60 + 30, 20 * 60 + 45, 22 * 60, 23 * 60 + 30):
        for length in (0, 1, 60, 179, 180, 181, 209, 210, 211, 240, 299, 330, 480):
            for players, caller, miles in ((4, False, 10), (5, True, 40), (7, True, 25.5)):
                gig = Gig(day, "Hall", miles, minutes(start), minutes(start + length), players, caller)
                results.append(attempt(quote, gig))
    for _ in range(200):
        start = rng.randint(17 * 60, 23 * 60 + 59)
        gig = Gig(day, "Hall", rng.choice((0, 12, 25, rng.uniform(0, 150))), minutes(start),
                  minutes(start + rng.randint(0, 6 * 60)), rng.randint(3, 8), rng.random() < 0.5)
        results.append(attempt(quote, gig))
    return results
