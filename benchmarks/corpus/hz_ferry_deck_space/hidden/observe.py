"""Deck.place and load on fixed sailings and ~100 random queues of cars, vans and
lorries on random deck plans."""

import random

from observing import attempt
from ferrydeck.deck import Deck
from ferrydeck.vehicles import Vehicle


def sailing(plan, vehicles):
    deck = Deck.from_plan(plan)
    placed = [attempt(deck.place, vehicle) for vehicle in vehicles]
    return [placed, deck.occupancy(), [[v.plate for v in lane.vehicles] for lane in deck.lanes]]


def observe():
    rng = random.Random(4417)
    results = []
    fixed = [
        ("10", [Vehicle("C", 4.5, 1.5)]),
        ("10", [Vehicle("V", 6.0, 2.6)]),
        ("H10", [Vehicle("V", 6.0, 2.6), Vehicle("C", 3.0, 2.0)]),
        ("10 H10", [Vehicle("V", 6.0, 2.01), Vehicle("W", 3.0, 2.0), Vehicle("X", 3.0, 2.5)]),
        ("20 20 H25", [Vehicle("L", 12.0, 3.9), Vehicle("V", 6.5, 2.7), Vehicle("C", 4.0, 1.4)]),
        ("", [Vehicle("C", 4.5, 1.5)]),
        ("5 H5", [Vehicle("C", 4.5, 1.5), Vehicle("D", 4.5, 1.5), Vehicle("E", 4.5, 1.5)]),
    ]
    for plan, vehicles in fixed:
        results.append(sailing(plan, vehicles))
    for _ in range(100):
        plan = " ".join(rng.choice(["", "H"]) + str(rng.choice([8, 10, 15, 20, 30, 40]))
                        for _ in range(rng.randint(1, 5)))
        vehicles = []
        for n in range(rng.randint(0, 20)):
            kind = rng.choice(["car", "car", "car", "van", "lorry", "tall car"])
            if kind == "car":
                vehicles.append(Vehicle(f"C{n}", rng.choice([3.6, 4.2, 4.5, 4.9, 5.2]), rng.choice([1.4, 1.5, 1.7, 2.0])))
            elif kind == "van":
                vehicles.append(Vehicle(f"V{n}", rng.choice([5.5, 6.0, 6.8]), rng.choice([2.1, 2.5, 2.7])))
            elif kind == "lorry":
                vehicles.append(Vehicle(f"L{n}", rng.choice([10.0, 12.0, 16.5]), rng.choice([3.5, 4.0])))
            else:
                vehicles.append(Vehicle(f"T{n}", 4.8, rng.choice([2.01, 2.2])))
        results.append(sailing(plan, vehicles))
    return results
