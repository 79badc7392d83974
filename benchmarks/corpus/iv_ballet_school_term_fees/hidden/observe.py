"""balance_due and statement around paid-in-full, part payments with pence, credit and
overpayment, then random families and payments."""

import random

from observing import attempt
from ballet.classes import CLASSES
from ballet.fees import balance_due, carried_forward, family_bill, statement


def observe():
    rng = random.Random(8812)
    results = []
    bills = [0.0, 0.4, 0.5, 1.49, 2.0, 2.5, 75.0, 100.80, 186.0, 294.72]
    payment_sets = [[], [0.0], [0.5], [1.0], [1.5], [100.0], [100.80], [50.0, 50.0], [300.0], [2.0]]
    for bill in bills:
        for payments in payment_sets:
            for credit in (0.0, 0.25, 1.0, 20.0):
                results.append(attempt(balance_due, bill, payments, credit))
                results.append(attempt(carried_forward, bill, payments, credit))
    codes = sorted(CLASSES)
    for _ in range(120):
        pupils = {f"child{k}": rng.sample(codes, rng.randint(0, 3)) for k in range(rng.randint(0, 4))}
        payments = [round(rng.uniform(0, 150), rng.choice([0, 2])) for _ in range(rng.randint(0, 4))]
        credit = rng.choice([0.0, 0.0, 12.5, round(rng.uniform(0, 40), 2)])
        results.append(attempt(family_bill, pupils))
        results.append(attempt(statement, pupils, payments, credit))
    return results
