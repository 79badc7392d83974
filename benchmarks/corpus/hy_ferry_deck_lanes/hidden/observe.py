"""plan_lanes on small and random sailings and decks."""

import random

from observing import attempt
from ferry.loading import lane_counts, plan_lanes
from ferry.vehicles import Vehicle

KINDS = ["car", "car", "car", "van", "motorbike", "lorry", "caravan"]


def plan(vehicles, lanes, length):
    result = attempt(plan_lanes, vehicles, lanes, length)
    if isinstance(result, tuple):
        placed, left = result
        return placed, left, attempt(lane_counts, placed, lanes)
    return result


def observe():
    rng = random.Random(2718)
    results = []
    cars = [Vehicle(f"C{i}", "car") for i in range(6)]
    results.append(plan(cars, 1, 11.0))
    results.append(plan(cars, 1, 10.9))
    results.append(plan(cars, 2, 16.5))
    results.append(plan(cars, 0, 50.0))
    results.append(plan([Vehicle("L1", "lorry"), Vehicle("L2", "lorry"), Vehicle("L3", "lorry")], 4, 20.0))
    results.append(plan([Vehicle("L1", "lorry"), Vehicle("L2", "lorry")], 1, 40.0))
    for _ in range(100):
        vehicles = []
        for i in range(rng.randint(0, 15)):
            kind = rng.choice(KINDS)
            length = rng.choice([0.0, 0.0, round(rng.uniform(2.0, 18.0), 1)])
            vehicles.append(Vehicle(f"V{i}", kind, length))
        results.append(plan(vehicles, rng.randint(1, 5), rng.choice([15.0, 20.0, 30.0, 45.0, 60.0])))
    return results
