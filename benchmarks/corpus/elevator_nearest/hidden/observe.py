"""Cars on random floors served random calls: nearest choices, routes and distances."""

import random

from observing import attempt
from elevator.building import dispatch
from elevator.car import Car


def observe():
    rng = random.Random(331)
    results = []
    for _ in range(50):
        car = Car(12, floor=rng.randint(0, 11))
        for _ in range(rng.randint(0, 5)):
            results.append(attempt(car.call, rng.randint(-1, 12)))
        results.append(attempt(car.nearest))
        results.append((attempt(car.run), list(car.visited), car.floor))
    cars = [Car(12, floor=rng.randint(0, 11)) for _ in range(3)]
    for _ in range(20):
        chosen = attempt(dispatch, cars, rng.randint(0, 11))
        results.append(cars.index(chosen) if chosen in cars else chosen)
    return results
