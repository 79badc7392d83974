"""Stay prices over random arrival days and lengths, around the long-stay threshold."""

import random
from datetime import date, timedelta
from decimal import Decimal

from observing import attempt
from innkeeper.pricing import price_per_night, stay_price
from innkeeper.rates import STANDARD, RatePlan


def observe():
    rng = random.Random(5150)
    results = []
    plans = [
        STANDARD,
        RatePlan(Decimal("95"), Decimal("140"), long_stay_nights=3, long_stay_discount=Decimal("0.15")),
        RatePlan(Decimal("60"), Decimal("60"), long_stay_nights=5, city_tax_per_night=Decimal("0")),
        RatePlan(Decimal("72.40"), Decimal("99.90"), long_stay_nights=1, long_stay_discount=Decimal("0.05")),
    ]
    start = date(2024, 5, 6)  # a Monday
    # Every arrival weekday, stays of 1 to 15 nights.
    for plan in plans:
        for weekday in range(7):
            arrive = start + timedelta(days=weekday)
            for length in range(1, 16):
                results.append(attempt(stay_price, plan, arrive, arrive + timedelta(days=length)))
        results.append(attempt(stay_price, plan, start, start))
        results.append(attempt(stay_price, plan, start, start - timedelta(days=1)))
    for _ in range(150):
        plan = rng.choice(plans)
        arrive = date(2024, 1, 1) + timedelta(days=rng.randint(0, 365))
        leave = arrive + timedelta(days=rng.randint(1, 30))
        results.append(attempt(stay_price, plan, arrive, leave))
        results.append(attempt(price_per_night, plan, arrive, leave))
    return results
