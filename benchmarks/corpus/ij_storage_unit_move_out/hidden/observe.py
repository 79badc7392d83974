"""Move-out settlements on every kind of day of the month and with every notice, then random rentals."""

import random
from datetime import date, timedelta
from decimal import Decimal

from observing import attempt
from storage.contracts import Rental, first_invoice, move_out_settlement


def observe():
    rng = random.Random(4040)
    results = []
    rental = Rental("C-1", "c", Decimal("75.00"), date(2023, 11, 17), Decimal("40.00"))
    for move_out in (date(2024, 1, 1), date(2024, 1, 15), date(2024, 1, 30), date(2024, 1, 31), date(2024, 2, 1),
                     date(2024, 2, 28), date(2024, 2, 29), date(2023, 2, 28), date(2023, 11, 17), date(2023, 11, 30),
                     date(2023, 11, 10), date(2024, 4, 30), date(2024, 4, 16)):
        for notice in (0, 1, 13, 14, 15, 40, -1):
            for damage in (Decimal("0.00"), Decimal("55.50")):
                results.append(attempt(move_out_settlement, rental, move_out - timedelta(days=notice), move_out, damage))
    for _ in range(150):
        moved_in = date(2023, 1, 1) + timedelta(days=rng.randint(0, 500))
        rent = Decimal(rng.randint(2500, 25000)) / 100
        deposit = Decimal(rng.choice((0, 25, 50, 100)))
        rental = Rental("U", "c", rent, moved_in, deposit)
        move_out = moved_in + timedelta(days=rng.randint(-3, 400))
        notice = move_out - timedelta(days=rng.randint(-2, 30))
        damage = Decimal(rng.choice((0, 0, 0, 10, 75)))
        results.append(attempt(first_invoice, rental))
        results.append(attempt(move_out_settlement, rental, notice, move_out, damage))
    return results
