"""late_fees on the edges of the grace period and the cap, and on random loan books."""

import random
from datetime import date, timedelta

from observing import attempt
from reading_room.fines import fee_letters, late_fees
from reading_room.loans import Loan

START = date(2024, 1, 1)


def fees(loans, today):
    owed = attempt(late_fees, loans, today)
    return owed, (attempt(fee_letters, owed) if isinstance(owed, dict) else owed)


def observe():
    rng = random.Random(9090)
    results = []
    for days in [0, 14, 15, 16, 17, 18, 30, 34, 35, 36, 60]:
        today = START + timedelta(days=days)
        results.append(fees([Loan("B1", "R1", START)], today))
        results.append(fees([Loan("B1", "R1", START, START + timedelta(days=16)), Loan("B2", "R1", START)], today))
    results.append(fees([], START))
    for _ in range(100):
        loans = []
        for i in range(rng.randint(0, 8)):
            lent = START + timedelta(days=rng.randint(0, 40))
            returned = None if rng.random() < 0.4 else lent + timedelta(days=rng.randint(0, 45))
            loans.append(Loan(f"B{i}", rng.choice(["R1", "R2", "R3", "R4"]), lent, returned))
        today = START + timedelta(days=rng.randint(40, 100))
        results.append(fees(loans, today))
    return results
