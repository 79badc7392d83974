"""kit_list on single and overlapping activities, called again and again, then packing letters and store orders for random camps."""

import random

from observing import attempt
from camp import Patrol, kit_list, packing_letters, store_order
from kit import ACTIVITY_KIT, STANDARD_KIT

ACTIVITIES = sorted(ACTIVITY_KIT) + ["abseiling"]
NAMES = ["Amir", "Beth", "Callum", "Dina", "Ellis", "Finn", "Grace", "Hal", "Isla", "Jude", "Kit", "Lena"]


def copied(value):
    if isinstance(value, list):
        return list(value)
    if isinstance(value, dict):
        return {key: copied(item) for key, item in value.items()}
    return value


def observe():
    rng = random.Random(3306)
    results = []
    edge = [[], ["hike"], ["hike"], [], ["canoeing", "climbing"], ["night walk"], ["campfire", "night walk"],
            ["hike", "hike"], ["abseiling"], ["hike", "abseiling"], [], ["canoeing"]]
    for activities in edge:
        results.append(copied(attempt(kit_list, activities)))
        results.append(list(STANDARD_KIT))
    for _ in range(120):
        names = rng.sample(NAMES, rng.randint(0, len(NAMES)))
        patrols = []
        while names:
            size = rng.randint(1, 4)
            chosen = rng.sample(ACTIVITIES[:-1] if rng.random() < 0.9 else ACTIVITIES, rng.randint(0, 3))
            patrols.append(Patrol(f"P{len(patrols)}", names[:size], chosen))
            names = names[size:]
        results.append(copied(attempt(packing_letters, patrols)))
        results.append(copied(attempt(store_order, patrols)))
        results.append(copied(attempt(kit_list, rng.sample(ACTIVITIES[:-1], rng.randint(0, 3)))))
    return results
