"""A random month of postings, split postings included: balances, statements, trial balance."""

import random
from datetime import date

from observing import attempt
from ledger.accounts import Ledger
from ledger.money import split_evenly


def observe():
    rng = random.Random(71)
    results = [attempt(split_evenly, c, n) for c in (0, 1, 2, 99, 100, 1000, 1001, -7) for n in (1, 2, 3, 7, 0)]
    for _ in range(15):
        ledger = Ledger()
        names = ["cash", "bank", "sales", "rent", "food"]
        for name, kind in zip(names, ["asset", "asset", "income", "expense", "expense"]):
            ledger.open(name, kind)
        for _ in range(rng.randint(1, 12)):
            day = date(2024, 5, rng.randint(1, 31))
            if rng.random() < 0.3:
                debits = rng.sample(["rent", "food", "bank"], rng.randint(1, 3))
                results.append(len(attempt(ledger.post_split, day, debits, "cash", rng.randint(1, 5000))))
            else:
                debit, credit = rng.sample(names, 2)
                results.append(attempt(ledger.post, day, debit, credit, rng.randint(1, 90000)) is not None)
        results.append({name: attempt(ledger.statement, name) for name in names})
        results.append(attempt(ledger.trial_balance))
    return results
