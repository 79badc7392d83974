"""Cards through random visit histories: several washes a day, gaps, redemptions."""

import random
from datetime import date, timedelta

from observing import attempt
from loyalty import LoyaltyCard

PROGRAMS = ["basic", "deluxe", "ultimate", "basic", "mystery"]


def state(card):
    return (card.stamps, card.free_washes, card.spent, card.last_stamped)


def observe():
    rng = random.Random(8123)
    results = []
    start = date(2024, 1, 1)
    # Edge cases: same day repeatedly, alternating days, back to an earlier day.
    card = LoyaltyCard("a")
    results.append([attempt(card.record_wash, start, "basic") for _ in range(10)] + [state(card)])
    card = LoyaltyCard("b")
    for day in (0, 1, 0, 1, 2, 2, 3):
        results.append((attempt(card.record_wash, start + timedelta(days=day), "deluxe"), state(card)))
    for n in range(120):
        card = LoyaltyCard(f"c{n}")
        day = start + timedelta(days=rng.randint(0, 200))
        for _ in range(rng.randint(1, 30)):
            day += timedelta(days=rng.choice([0, 0, 1, 1, 2, 7]))
            price = attempt(card.record_wash, day, rng.choice(PROGRAMS))
            if rng.random() < 0.1:
                price = (price, attempt(card.redeem))
            results.append((price, state(card)))
    return results
