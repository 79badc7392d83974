"""Lookups by full names, aliases and strangers, in random case and spacing."""

import random

from observing import attempt
from staff.directory import Directory, Person

NAMES = ["Ada Lovelace", "Charles Babbage", "Grace Hopper", "Alan Turing"]
ALIASES = {"Ada Lovelace": ["ada", "countess"], "Grace Hopper": ["amazing grace", "grace"], "Alan Turing": []}


def messy(rng, text):
    return "  ".join(w.upper() if rng.random() < 0.3 else w for w in text.split()) + rng.choice(["", " ", "  "])


def observe():
    rng = random.Random(351)
    d = Directory()
    for i, name in enumerate(NAMES[:3] + NAMES[3:]):
        d.add(Person(name, ["engines", "compilers"][i % 2], str(100 + i)), *ALIASES.get(name, []))
    results = []
    for _ in range(80):
        query = rng.choice(NAMES + ["ada", "countess", "grace", "amazing grace", "bob", ""])
        query = messy(rng, query)
        results.append((attempt(d.lookup, query), attempt(d.team_of, query)))
    results.append([attempt(d.members, team) for team in ("engines", "compilers", "sales")])
    return results
