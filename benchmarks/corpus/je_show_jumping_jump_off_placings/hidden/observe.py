"""Placings with jump-off times around the jump-off and first-round time allowed, eliminations, then random classes."""

import random

from observing import attempt
from jumping.faults import Round, parse_round
from jumping.placings import placings, prize_money

RIDERS = ["Amy Hale", "Ben Ortiz", "Cara Lind", "Dan Kerr", "Eve Marsh", "Finn Doyle", "Gus Reyes", "Hana Sato", "Ivo Brandt"]


def run(first, jump_off, allowed, jump_off_allowed):
    results = placings(first, jump_off, allowed, jump_off_allowed)
    return results, prize_money(results, 300, [35, 25, 15, 10, 5])


def observe():
    rng = random.Random(5562)
    results = []
    first = [Round("Amy Hale", "Blue Moon", 0, 0, 70.1), Round("Cara Lind", "Juniper", 0, 0, 71.9), Round("Ben Ortiz", "Tango", 1, 0, 69.5)]
    for seconds in (30.0, 44.99, 45.0, 45.01, 45.5, 46.0, 46.01, 50.3, 60.0, 71.99, 72.0, 72.5, 80.0):
        for knockdowns in (0, 1):
            jump_off = [Round("Amy Hale", "Blue Moon", knockdowns, 0, seconds), Round("Cara Lind", "Juniper", 1, 0, 39.0)]
            results.append(attempt(run, first, jump_off, 72, 45))
            results.append(attempt(run, first, jump_off, 72, 72))
            results.append(attempt(run, first, jump_off, 80, 40))
    results.append(attempt(run, [], [], 72, 45))
    results.append(attempt(run, first, [Round("Amy Hale", "Blue Moon", 0, 2, 50.0)], 72, 45))
    results.append(attempt(run, first, [Round("Amy Hale", "Blue Moon", fell=True)], 72, 45))
    results.append(attempt(lambda: run([parse_round("Amy Hale / Blue Moon: 1R 71.50s")], [], 72, 45)))
    for _ in range(150):
        allowed = rng.choice((60, 66, 72, 75, 80))
        jump_off_allowed = rng.choice((35, 40, 45, 50, allowed))
        first = []
        for rider in rng.sample(RIDERS, rng.randint(1, len(RIDERS))):
            roll = rng.random()
            if roll < 0.05:
                first.append(Round(rider, "Horse", fell=True))
            else:
                knockdowns = 0 if roll < 0.5 else rng.randint(0, 3)
                first.append(Round(rider, "Horse", knockdowns, rng.choice((0, 0, 0, 1, 2)), round(rng.uniform(allowed - 10, allowed + 6), 2)))
        jump_off = []
        for round_ in first:
            if rng.random() < 0.8:
                jump_off.append(Round(round_.rider, round_.horse, rng.choice((0, 0, 1, 2)), rng.choice((0, 0, 0, 1, 2)), round(rng.uniform(jump_off_allowed - 12, jump_off_allowed + 30), 2)))
        results.append(attempt(run, first, jump_off, allowed, jump_off_allowed))
    return results
