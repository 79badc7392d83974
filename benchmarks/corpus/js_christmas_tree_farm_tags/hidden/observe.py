"""Field.tag on households tagging one to five trees, saplings, trees already tagged and unknown numbers, with untags between, then random November weekends; the deposits, errors, free trees and collection slips after each."""

import random

from observing import attempt
from treefarm.field import Field, Tree
from treefarm.pricing import BANDS

CUSTOMERS = ["Okafor", "Brennan", "St Mary's", "The Plough Inn", "Ng"]


def make_field(rng, size):
    trees = []
    for number in range(1, size + 1):
        trees.append(Tree(100 + number, rng.choice("ABCD"), rng.choice(sorted(BANDS)), rng.randint(60, 330)))
    return trees


def weekend(trees, actions):
    """actions: ("tag", number, customer) or ("untag", number); the outcome of each, then the field's state."""
    field = Field(trees)
    outcomes = []
    for action in actions:
        if action[0] == "tag":
            outcomes.append(attempt(field.tag, action[1], action[2]))
        else:
            outcomes.append(attempt(field.untag, action[1]))
    state = {species: field.still_free(species) for species in sorted(BANDS)}
    slips = {customer: attempt(field.collection_slip, customer) for customer in CUSTOMERS}
    return outcomes, state, slips, sorted(field.tagged.items())


def observe():
    rng = random.Random(1712)
    fixed = [Tree(101, "A", "Nordmann", 175), Tree(102, "A", "Nordmann", 95), Tree(103, "A", "Norway", 160),
             Tree(201, "B", "Nordmann", 205), Tree(202, "B", "Fraser", 250), Tree(203, "B", "Nordmann", 140),
             Tree(204, "B", "Norway", 120), Tree(205, "C", "Fraser", 119)]
    numbers = [t.number for t in fixed]
    results = []
    for count in range(0, 6):
        big = [n for n in numbers if n not in (102, 205)]
        results.append(weekend(fixed, [("tag", n, "Okafor") for n in big[:count]]))
        results.append(weekend(fixed, [("tag", n, CUSTOMERS[i % 2]) for i, n in enumerate(big[:count])]))
    results.append(weekend(fixed, [("tag", 102, "Ng"), ("tag", 205, "Ng"), ("tag", 999, "Ng"), ("tag", 204, "Ng")]))
    results.append(weekend(fixed, [("tag", 101, "Ng"), ("tag", 101, "Okafor"), ("untag", 101), ("tag", 101, "Okafor")]))
    results.append(weekend(fixed, [("tag", 101, "Ng"), ("tag", 103, "Ng"), ("tag", 201, "Ng"), ("untag", 103),
                                   ("tag", 202, "Ng"), ("tag", 204, "Ng")]))
    results.append(weekend(fixed, [("untag", 101)]))
    for _ in range(120):
        trees = make_field(rng, rng.randint(1, 25))
        actions = []
        for _ in range(rng.randint(0, 20)):
            number = rng.choice([t.number for t in trees] + [999])
            if rng.random() < 0.8:
                actions.append(("tag", number, rng.choice(CUSTOMERS)))
            else:
                actions.append(("untag", number))
        results.append(weekend(trees, actions))
    return results
