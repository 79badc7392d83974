"""Cars due a service, serviced or not, around the mileage and month limits, and
random fleets hired out, returned and serviced over a year."""

import random
from datetime import date, timedelta

from observing import attempt
from carhire.fleet import Car, Fleet


def observe():
    rng = random.Random(4417)
    results = []
    for serviced in (None, date(2023, 1, 31), date(2023, 6, 15)):
        for odometer in (0, 9_999, 10_000, 10_001, 25_000):
            for service_odometer in (0, 5_000):
                car = Car("A", "x", date(2022, 2, 28), odometer, serviced, service_odometer if serviced else 0)
                fleet = Fleet([car])
                results.append([attempt(fleet.due_for_service, day) for day in
                                (date(2023, 2, 27), date(2023, 2, 28), date(2024, 1, 30), date(2024, 1, 31),
                                 date(2024, 6, 14), date(2024, 6, 15))])
    results.append(attempt(Fleet().due_for_service, date(2024, 1, 1)))
    for _ in range(100):
        cars = []
        for n in range(rng.randint(1, 6)):
            registered = date(2021, 1, 1) + timedelta(days=rng.randint(0, 1000))
            odometer = rng.randint(0, 30_000)
            if rng.random() < 0.5:
                cars.append(Car(f"C{n}", "x", registered, odometer))
            else:
                serviced = registered + timedelta(days=rng.randint(100, 500))
                cars.append(Car(f"C{n}", "x", registered, odometer, serviced, max(0, odometer - rng.randint(0, 15_000))))
        fleet = Fleet(cars)
        today = date(2023, 6, 1)
        seen = []
        for _ in range(5):
            today += timedelta(days=rng.randint(10, 90))
            reg = rng.choice(cars).reg
            action = rng.random()
            if action < 0.4:
                attempt(fleet.hire_out, reg)
                seen.append(attempt(fleet.record_return, reg, fleet.cars[reg].odometer + rng.randint(0, 3000)))
            elif action < 0.6:
                attempt(fleet.record_service, reg, today)
            seen.append(attempt(fleet.due_for_service, today))
        results.append(seen)
    return results
