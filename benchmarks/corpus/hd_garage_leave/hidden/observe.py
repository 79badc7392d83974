"""Random days of cars entering and leaving a small garage."""

import random
from datetime import datetime, timedelta

from observing import attempt
from garage.lot import Garage


def observe():
    rng = random.Random(77)
    results = []
    plates = ["AB123", "ab 123", "CD456", "EF789", "GH012", "ZZ999"]
    for spaces in (0, 1, 2, 3, 5):
        for _ in range(12):
            garage = Garage(spaces)
            clock = datetime(2024, 3, 1, 7, 0)
            steps = []
            for _ in range(rng.randint(1, 25)):
                clock += timedelta(minutes=rng.choice([0, 5, 11, 45, 61, 200, 1500]))
                plate = rng.choice(plates)
                if rng.random() < 0.5:
                    ticket = attempt(garage.enter, plate, clock)
                    steps.append(("enter", ticket if isinstance(ticket, str) else ticket.plate))
                else:
                    steps.append(("leave", attempt(garage.leave, plate, clock)))
                steps.append(garage.free_spaces)
            results.append((steps, garage.takings, sorted(garage.parked)))
    return results
