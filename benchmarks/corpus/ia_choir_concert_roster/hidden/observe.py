"""concert_roster on small choirs and ~100 random ones, with leave, attendance and
unknown parts mixed in; balance_warnings and standing_order on what it returns."""

import random

from observing import attempt
from choirbook.members import Singer
from choirbook.roster import balance_warnings, concert_roster, standing_order

DAYS = [f"2024-0{m}-{d:02d}" for m in (1, 2, 3) for d in (2, 9, 16, 23)]
NAMES = ["Ada", "Ben", "Cora", "Dev", "Edie", "Finn", "Gus", "Hana", "Iris", "Jon", "Kit", "Lou", "Mo", "Nell"]


def observe():
    rng = random.Random(4411)
    results = []
    fixed = [
        ([], DAYS[:4]),
        ([Singer("Ada", "alto", set(), on_leave=True)], []),
        ([Singer("Ada", "alto", set(DAYS[:4]), on_leave=True)], DAYS[:4]),
        ([Singer("Ada", "alto", set(DAYS[:3])), Singer("Ben", "alto", set(DAYS[:2]))], DAYS[:4]),
        ([Singer("Ada", "baritone", set(DAYS[:4]))], DAYS[:4]),
        ([Singer("Ada", "tenor", set(DAYS[:4]), on_leave=True, subs_paid=False)], DAYS[:4]),
    ]
    for choir, rehearsals in fixed:
        roster = attempt(concert_roster, choir, rehearsals)
        results.append(roster)
        if isinstance(roster, dict):
            results.append(attempt(standing_order, roster))
            results.append(attempt(balance_warnings, roster))
    for _ in range(100):
        rehearsals = rng.sample(DAYS, rng.randint(0, len(DAYS)))
        choir = []
        for name in rng.sample(NAMES, rng.randint(0, len(NAMES))):
            part = rng.choice(["soprano", "alto", "tenor", "bass", "bass", "alto", "mezzo"])
            came = {day for day in DAYS if rng.random() < 0.8}
            choir.append(Singer(name, part, came, on_leave=rng.random() < 0.25, subs_paid=rng.random() < 0.9))
        roster = attempt(concert_roster, choir, rehearsals)
        results.append(roster)
        if isinstance(roster, dict):
            results.append(attempt(standing_order, roster))
            results.append(attempt(balance_warnings, roster, rng.randint(1, 4)))
    return results
