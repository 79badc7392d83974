"""Manifest.place over call sheets where loads take off between calls: groups that would fit on a load that has gone, on loads still waiting, and too big for any; then random days at the desk. Each day returns the load numbers given, the loads' state and exit orders."""

import random

from observing import attempt
from dropzone.jumpers import Group
from dropzone.manifest import Manifest


def loads(manifest):
    return [
        (load.number, load.airborne, [group.name for group in load.groups], load.seats_taken, load.weight)
        for load in manifest.loads
    ]


def day(steps):
    """steps: groups to place, or ("off", n) to send load n up."""
    manifest = Manifest()
    seen = []
    for step in steps:
        if isinstance(step, Group):
            seen.append(attempt(manifest.place, step))
        else:
            seen.append(attempt(manifest.take_off, step[1]))
    seen.append(loads(manifest))
    seen.append(manifest.on_the_ground())
    seen.append([attempt(manifest.exit_order, n) for n in range(1, len(manifest.loads) + 1)])
    return seen


def group(rng, name):
    kind = rng.choice(("tandem", "tandem", "aff", "fun", "fun"))
    people = {"tandem": (2, 3), "aff": (2, 3), "fun": (1, 8)}[kind]
    return Group(name, kind, tuple(rng.randint(50, 115) for _ in range(rng.randint(*people))))


def observe():
    rng = random.Random(6271)
    small = Group("Ng", "fun", (60,))
    pair = Group("Okafor", "tandem", (80, 90))
    results = [
        attempt(day, []),
        attempt(day, [pair, ("off", 1), small]),
        attempt(day, [pair, small, ("off", 1), small, small]),
        attempt(day, [pair, ("off", 1), pair, ("off", 2), pair]),
        attempt(day, [pair, pair, pair, pair, pair, pair, ("off", 2), small, ("off", 1), small]),
        attempt(day, [pair, ("off", 1), ("off", 1), small]),
        attempt(day, [Group("Big", "fun", (80,) * 11), pair, ("off", 1), Group("Heavy", "fun", (120,) * 8), small]),
        attempt(day, [Group("Heavy", "fun", (110,) * 8), pair, ("off", 1), small, ("off", 3)]),
    ]
    for n in range(150):
        steps = []
        opened = 0
        for k in range(rng.randint(0, 25)):
            if steps and rng.random() < 0.25:
                steps.append(("off", rng.randint(1, max(1, opened + 1))))
            else:
                steps.append(group(rng, f"G{n}-{k}"))
                opened += 1
        results.append(attempt(day, steps))
    return results
