"""pick_boat for every group size, experience and boat out; random mornings at the jetty."""

import random

from observing import attempt
from boathouse.fleet import Boat, Group
from boathouse.hire import hand_out, pick_boat, waiting

FLEET = [Boat(1, 1), Boat(2, 2), Boat(3, 2), Boat(4, 3), Boat(7, 1, False), Boat(8, 4, False), Boat(9, 2, False)]


def number(boat):
    return boat if boat is None or isinstance(boat, str) else boat.number


def observe():
    rng = random.Random(3390)
    results = []
    for size in range(0, 6):
        for beginners in (False, True):
            group = Group("g", size, beginners)
            results.append(number(attempt(pick_boat, FLEET, group)))
            for out in ([1], [2, 3], [1, 2, 3, 4], [7, 8, 9], [4]):
                results.append(number(attempt(pick_boat, FLEET, group, out)))
    results.append(number(attempt(pick_boat, [], Group("g", 1, True))))
    for _ in range(100):
        boats = [Boat(n, rng.choice([1, 1, 2, 2, 3, 4]), rng.random() < 0.6) for n in rng.sample(range(1, 20), rng.randint(1, 8))]
        groups = [Group(f"group{i}", rng.randint(1, 4), rng.random() < 0.35) for i in range(rng.randint(1, 9))]
        out = rng.sample([boat.number for boat in boats], rng.randint(0, min(2, len(boats))))
        plan = attempt(hand_out, boats, groups, out)
        results.append((plan, attempt(waiting, plan) if isinstance(plan, dict) else None))
    return results
