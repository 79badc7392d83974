"""Round.due over cycle edges, holds and balances, then random rounds cleaned over several weeks."""

import random
from datetime import date, timedelta

from observing import attempt
from customers import Customer
from rounds import Round

START = date(2024, 3, 4)


def due_names(round_, day):
    return [(c.name, c.street, c.house) for c in round_.due(day)]


def observe():
    rng = random.Random(9031)
    results = []
    for cycle in (1, 2, 4, 8):
        for days_ago in (None, 0, 6, 7, 13, 14, 27, 28, 29, 56, 57):
            for balance in (-12.0, 0.0, 0.01, 15.0):
                for on_hold in (False, True):
                    last = None if days_ago is None else START - timedelta(days=days_ago)
                    customer = Customer("c", "Elm Road", 3, 12.0, cycle, last, balance, on_hold)
                    round_ = Round([customer])
                    results.append(attempt(due_names, round_, START))
                    results.append(attempt(round_.day_takings, START))
    streets = ["Elm Road", "High Street", "Mill Lane", "Church Walk"]
    for _ in range(80):
        customers = [
            Customer(
                f"cust{k}",
                rng.choice(streets),
                rng.randint(1, 40),
                rng.choice([8.0, 10.0, 12.0, 15.0, 25.0]),
                rng.choice([2, 4, 4, 8]),
                rng.choice([None, START - timedelta(days=rng.randint(0, 70))]),
                rng.choice([0.0, 0.0, -10.0, 12.0, 30.0]),
                rng.random() < 0.15,
            )
            for k in range(rng.randint(0, 10))
        ]
        round_ = Round(customers)
        for week in range(6):
            day = START + timedelta(days=7 * week)
            due = attempt(due_names, round_, day)
            results.append(due)
            results.append(attempt(round_.day_takings, day))
            if isinstance(due, list):
                for name, street, house in due:
                    customer = round_.find(street, house)
                    paid = rng.choice([0.0, customer.price, customer.price + customer.balance])
                    round_.clean(customer, day, paid)
            results.append([(c.name, c.balance, c.last_cleaned) for c in customers])
    return results
