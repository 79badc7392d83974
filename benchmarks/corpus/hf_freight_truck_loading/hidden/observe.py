"""Random manifests on random fleets, exact fits included."""

import random

from freight.loading import Truck, load_trucks, manifest_by_truck
from freight.parcels import Parcel
from observing import attempt


def run(parcels, capacities):
    trucks = [Truck(f"T{i}", capacity) for i, capacity in enumerate(capacities)]
    left = attempt(load_trucks, parcels, trucks)
    return (left if isinstance(left, str) else [p.ref for p in left], manifest_by_truck(trucks))


def observe():
    rng = random.Random(5150)
    results = []
    two = [Parcel("a", 10), Parcel("b", 5.5)]
    for capacities in ([], [0], [5], [10], [15.5], [20], [5, 10], [10, 5.5], [16, 0], [1, 1, 1], [100, 100]):
        results.append(run([], capacities))
        results.append(run(two, capacities))
    for _ in range(80):
        parcels = [Parcel(f"p{i}", rng.randint(1, 40) / 2, rng.random() < 0.2) for i in range(rng.randint(0, 12))]
        capacities = [rng.choice([10, 20, 25, 40, 50, 80, 200]) for _ in range(rng.randint(0, 4))]
        results.append(run(parcels, capacities))
    return results
