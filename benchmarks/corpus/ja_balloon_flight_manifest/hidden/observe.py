"""Flight.board around the seat count and the load limit, then random mornings planned with plan_morning."""

import random

from observing import attempt
from balloons.fleet import FLEET, Balloon, Pilot
from balloons.manifest import Flight, Passenger, plan_morning


def board_all(balloon, pilot_kg, weights):
    flight = Flight(balloon, Pilot("pilot", pilot_kg))
    taken = [flight.board(Passenger(f"p{k}", w, f"V{k}")) for k, w in enumerate(weights)]
    return taken, flight.load_kg(), flight.spare_kg()


def observe():
    rng = random.Random(3307)
    results = []
    small = Balloon("T", 3, 400.0, 100.0)
    for pilot_kg in (70.0, 80.0):
        for weights in ([], [50.0], [75.0] * 3, [75.0] * 4, [40.0] * 5, [110.0, 120.0], [115.0, 115.0],
                        [100.0, 100.0, 30.0], [100.0, 100.0, 50.0], [100.0, 100.0, 40.0, 10.0], [230.0], [240.0], [250.0]):
            results.append(attempt(board_all, small, pilot_kg, weights))
    for seats in (0, 1, 2):
        results.append(attempt(board_all, Balloon("S", seats, 1000.0, 100.0), 80.0, [60.0, 60.0, 60.0]))
    for _ in range(100):
        flights = [Flight(FLEET[rng.choice(sorted(FLEET))], Pilot(f"pilot{k}", float(rng.randint(60, 100))))
                   for k in range(rng.randint(1, 3))]
        people = [Passenger(f"n{k}", float(rng.choice([rng.randint(20, 130), 60, 70, 80, 90])), f"V{k}")
                  for k in range(rng.randint(0, 30))]
        results.append(attempt(plan_morning, flights, people))
        results.append([[p.name for p in flight.passengers] for flight in flights])
        results.append([flight.spare_kg() for flight in flights])
    return results
