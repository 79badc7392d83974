"""SeedLibrary lend/give_back sequences: fixed seasons, then ~100 random ones;
after each step, what every member has out, who owes and what is in the tins."""

import random

from observing import attempt
from library import SeedLibrary
from varieties import Variety

CODES = ["TOM-07", "BEA-02", "LET-11", "PEA-01"]
MEMBERS = ["Priya", "Sol", "Ines", "Tam"]


def fresh():
    return SeedLibrary({
        "TOM-07": Variety("TOM-07", "Gardener's Delight", "tomato", 12),
        "BEA-02": Variety("BEA-02", "Cherokee", "bean", 3),
        "LET-11": Variety("LET-11", "Little Gem", "lettuce", 6),
        "PEA-01": Variety("PEA-01", "Kelvedon Wonder", "pea", 0),
    })


def state(library):
    return (
        {m: attempt(library.out_with, m) for m in MEMBERS},
        attempt(library.members_owing),
        {c: v.packets for c, v in library.catalogue.items()},
        {m: dict(h) for m, h in library.loans.items()},
    )


def play(steps):
    library = fresh()
    results = []
    for action, member, code, packets in steps:
        results.append(attempt(getattr(library, action), member, code, packets))
        results.append(state(library))
    return results


def observe():
    rng = random.Random(8080)
    results = []
    fixed = [
        [("lend", "Priya", "TOM-07", 2), ("give_back", "Priya", "TOM-07", 1), ("give_back", "Priya", "TOM-07", 1)],
        [("lend", "Priya", "TOM-07", 5), ("give_back", "Priya", "TOM-07", 5), ("lend", "Priya", "LET-11", 5)],
        [("lend", "Sol", "BEA-02", 3), ("give_back", "Sol", "BEA-02", 7)],
        [("give_back", "Ines", "PEA-01", 2), ("lend", "Ines", "PEA-01", 2)],
        [("lend", "Tam", "XYZ-00", 1), ("give_back", "Tam", "XYZ-00", 1)],
    ]
    for steps in fixed:
        results.extend(play(steps))
    for _ in range(100):
        steps = [(rng.choice(["lend", "lend", "give_back"]), rng.choice(MEMBERS), rng.choice(CODES), rng.randint(1, 4))
                 for _ in range(rng.randint(1, 10))]
        results.extend(play(steps))
    return results
