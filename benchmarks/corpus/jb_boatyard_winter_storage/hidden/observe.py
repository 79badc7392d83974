"""Quotes around the long-stay threshold for members and visitors, with and without masts, under several price lists; then random yards."""

import random

from observing import attempt
from boatyard.rates import Rates
from boatyard.yard import Boat, Yard

PRICE_LISTS = [
    Rates(),
    Rates(per_foot_month=5.25, long_stay_months=5, member_discount=0.15),
    Rates(min_length_ft=24.0, lift_out=95.0, lift_in=70.0, mast_unstep=0.0, long_stay_months=3),
    Rates(member_discount=0.0),
]


def observe():
    rng = random.Random(8086)
    results = []
    for rates in PRICE_LISTS:
        yard = Yard(50, rates)
        for length in (12, 20, 23.5, 26, 40):
            for member in (False, True):
                for mast in (False, True):
                    for months in range(0, 10):
                        boat = Boat("b", length, "o", member, mast)
                        results.append(attempt(yard.quote, boat, months))
    for _ in range(60):
        rates = rng.choice(PRICE_LISTS)
        yard = Yard(rng.randint(1, 12), rates)
        for k in range(rng.randint(0, 15)):
            boat = Boat(
                f"boat{k % 10}",
                round(rng.uniform(14, 45), 1),
                f"owner{k}",
                rng.random() < 0.5,
                rng.random() < 0.3,
            )
            results.append(attempt(yard.book, boat, rng.randint(1, 9)))
        results.append(attempt(yard.season_takings))
        results.append(attempt(yard.spaces_left))
    return results
