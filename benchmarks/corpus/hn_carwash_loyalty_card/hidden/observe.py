"""Cards charged through edge counts and random sequences of washes."""

import random

from observing import attempt
from carwash.loyalty import LoyaltyCard

PROGRAMS = ["basic", "deluxe", "ceramic"]


def observe():
    rng = random.Random(1010)
    results = []
    for washes in (0, 8, 9, 10, 11, 19, 20, 29, 99):
        for program in PROGRAMS + ["rinse"]:
            card = LoyaltyCard("edge", washes)
            results.append((attempt(card.charge, program), card.washes, card.spent, card.washes_to_free()))
    card = LoyaltyCard("long")
    results.append([attempt(card.charge, "basic") for _ in range(35)] + [card.spent])
    for _ in range(100):
        card = LoyaltyCard("random", rng.choice([0, 0, rng.randint(0, 40)]))
        charged = [attempt(card.charge, rng.choice(PROGRAMS)) for _ in range(rng.randint(1, 25))]
        results.append((charged, card.washes, round(card.spent, 2), card.washes_to_free()))
    return results
