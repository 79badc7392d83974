"""Bills split between random groups, and ledgers of random expenses settled."""

import random
from decimal import Decimal

from observing import attempt
from tab.ledger import Ledger
from tab.money import to_money
from tab.split import split_by_weight, split_evenly

PEOPLE = ["ada", "ben", "cy", "dee", "eli", "fay", "gus"]


def observe():
    rng = random.Random(3120)
    results = [attempt(to_money, t) for t in ("12.5", "3", "0.015", "abc", " 7.10 ")]
    for amount in ("0.00", "0.01", "0.02", "1.00", "10.00", "100.00", "99.99", "0.05"):
        for n in (1, 2, 3, 6, 7):
            results.append(attempt(split_evenly, Decimal(amount), PEOPLE[:n]))
    results.append(attempt(split_evenly, Decimal("5.00"), []))
    for _ in range(60):
        amount = Decimal(rng.randint(0, 50_000)) / 100
        people = rng.sample(PEOPLE, rng.randint(1, len(PEOPLE)))
        results.append(attempt(split_evenly, amount, people))
        results.append(attempt(split_by_weight, amount, {p: rng.randint(0, 4) for p in people}))
    for _ in range(30):
        ledger = Ledger()
        for _ in range(rng.randint(1, 6)):
            between = rng.sample(PEOPLE[:4], rng.randint(1, 4))
            results.append(attempt(ledger.add_expense, rng.choice(PEOPLE[:4]), Decimal(rng.randint(1, 20_000)) / 100, between))
        results.append(dict(ledger.balances))
        results.append(attempt(ledger.settle))
    return results
