"""Budgets put through random deposits, spending and transfers, including refused ones."""

import random

from observing import attempt
from envelopes.budget import Budget

NAMES = ["rent", "groceries", "holidays", "car", "gifts"]


def snapshot(budget):
    return (dict(budget.balances), budget.total(), budget.summary(), len(budget.history),
            [(m.source, m.target, m.cents) for m in budget.history[-3:]])


def observe():
    rng = random.Random(31337)
    results = []
    budget = Budget.from_plan({"a": "10", "b": "0.01"})
    for source, target, cents in [("a", "b", 1000), ("b", "a", 1001), ("a", "a", 500), ("b", "b", 1),
                                  ("a", "b", 0), ("a", "b", -5), ("a", "zz", 1), ("zz", "a", 1), ("b", "a", 1001)]:
        results.append(attempt(budget.transfer, source, target, cents))
        results.append(snapshot(budget))
    for _ in range(40):
        names = rng.sample(NAMES, rng.randint(1, 5))
        budget = Budget.from_plan({name: f"{rng.randint(1, 900)}.{rng.randint(0, 99):02d}" for name in names})
        for _ in range(rng.randint(1, 12)):
            action = rng.random()
            cents = rng.choice([rng.randint(1, 50000), rng.randint(1, 500), 0])
            if action < 0.5:
                results.append(attempt(budget.transfer, rng.choice(names), rng.choice(names + ["car"]), cents))
            elif action < 0.8:
                results.append(attempt(budget.spend, rng.choice(names), cents))
            else:
                results.append(attempt(budget.deposit, rng.choice(names), cents))
        results.append(snapshot(budget))
        results.append([budget.spent(name) for name in names])
    return results
