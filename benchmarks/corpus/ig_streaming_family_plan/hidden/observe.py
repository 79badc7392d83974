"""monthly_cost with and without promotional prices, first-year costs and cheapest plans."""

import random

from observing import attempt
from streamco.billing import Promotion, cheapest, first_year_cost
from streamco.plans import Plan

PLANS = [
    Plan("Basic", 5.99, 1, 2.50, 2),
    Plan("Standard", 10.99, 2, 3.00, 4),
    Plan("Family", 15.99, 4, 2.00, 6),
    Plan("Free", 0.0, 1, 1.0, 3),
]


def observe():
    rng = random.Random(7272)
    results = []
    for plan in PLANS:
        for profiles in range(0, 8):
            for base in (None, 0.0, 1.0, plan.base_price, 4.99, 12.5):
                results.append(attempt(plan.monthly_cost, profiles, base))
    for _ in range(200):
        plan = rng.choice(PLANS)
        base = rng.choice([None, round(rng.uniform(0, 20), 2)])
        results.append(attempt(plan.monthly_cost, rng.randint(1, plan.max_profiles), base))
    for _ in range(100):
        plan = rng.choice(PLANS)
        promo = rng.choice([None, Promotion(rng.choice(PLANS).name, round(rng.uniform(0, 9), 2), rng.randint(0, 15))])
        results.append(attempt(first_year_cost, plan, rng.randint(0, 7), promo))
    for _ in range(30):
        results.append(attempt(cheapest, rng.sample(PLANS, rng.randint(0, 4)), rng.randint(0, 7)))
    return results
