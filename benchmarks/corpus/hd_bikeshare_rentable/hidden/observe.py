"""Random stations, their rentable bikes and a few rentals."""

import random

from observing import attempt
from bikeshare.fleet import needs_charging, rent, rentable_bikes
from bikeshare.models import Bike, Station


def ids(bikes):
    return [bike.id for bike in bikes] if isinstance(bikes, list) else bikes


def observe():
    rng = random.Random(4021)
    results = []
    edge = [
        Station("empty", 3),
        Station("one low", 2, [Bike("a", 19)]),
        Station("exact", 2, [Bike("a", 20), Bike("b", 0)]),
        Station("repair", 2, [Bike("a", 90, in_repair=True)]),
        Station("rented", 2, [Bike("a", 90, rented_by="x"), Bike("b", 100)]),
    ]
    stations = list(edge)
    for n in range(40):
        bikes = [
            Bike(f"b{i}", rng.randint(0, 100), in_repair=rng.random() < 0.2,
                 rented_by=rng.choice([None, None, None, "z"]))
            for i in range(rng.randint(0, 7))
        ]
        stations.append(Station(f"s{n}", 8, bikes))
    for station in stations:
        for minimum in (0, 20, 50, 101):
            results.append(ids(attempt(rentable_bikes, station, minimum)))
        results.append(ids(attempt(rentable_bikes, station)))
    results.append(attempt(needs_charging, stations))
    for station in stations:
        riders = []
        for rider in ("r1", "r2", "r3"):
            bike = attempt(rent, station, rider, rng.choice([10, 20, 60]))
            riders.append(bike.id if isinstance(bike, Bike) else bike)
        results.append((riders, station.free_docks()))
    return results
