"""days_late, late_fee and deposit_back on rentals out, back early, back late and
extended, then random shops."""

import random
from datetime import date, timedelta

from observing import attempt
from hire import Rental
from shop import CostumeShop


def observe():
    rng = random.Random(1031)
    results = []
    start = date(2024, 10, 1)
    due = start + timedelta(days=3)
    for returned_after in (None, 0, 2, 3, 4, 5, 13, 20):
        for extended_by in (None, 1, 4):
            for today_after in (0, 3, 4, 6, 10, 30):
                rental = Rental("c", "x", start, due, 40.0)
                if extended_by is not None:
                    rental.extended_to = due + timedelta(days=extended_by)
                if returned_after is not None:
                    rental.returned = start + timedelta(days=returned_after)
                today = start + timedelta(days=today_after)
                results.append((attempt(rental.days_late, today), attempt(rental.late_fee, today),
                                attempt(rental.deposit_back, today)))
    for _ in range(200):
        collected = start + timedelta(days=rng.randint(0, 60))
        rental = Rental("c", "x", collected, collected + timedelta(days=rng.randint(1, 7)), rng.choice([20.0, 50.0, 80.0]))
        if rng.random() < 0.3:
            rental.extended_to = rental.due + timedelta(days=rng.randint(1, 5))
        if rng.random() < 0.7:
            rental.returned = collected + timedelta(days=rng.randint(0, 20))
        today = collected + timedelta(days=rng.randint(0, 40))
        results.append((attempt(rental.days_late, today), attempt(rental.deposit_back, today)))
    for _ in range(30):
        shop = CostumeShop()
        for n in range(rng.randint(1, 8)):
            collected = start + timedelta(days=rng.randint(0, 10))
            shop.hire_out(f"costume{n}", "x", collected, collected + timedelta(days=rng.randint(1, 5)))
        for n in range(len(shop.rentals)):
            if rng.random() < 0.5:
                shop.check_in(f"costume{n}", start + timedelta(days=rng.randint(2, 20)))
        today = start + timedelta(days=rng.randint(5, 30))
        results.append((attempt(shop.overdue, today), attempt(shop.late_fees_taken, today)))
    return results
