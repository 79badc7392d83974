"""trips_with_room after bookings, cancellations (one, all, rebooked) and called-off trips, for parties around the rods free, then random weeks on the charter boats."""

import random
from datetime import date, timedelta

from observing import attempt
from availability import boat_sheet, trips_with_room
from charter import KINDS, Trip

START = date(2024, 7, 6)
NAMES = ["Gary", "Dev", "Hollands", "Pete", "Lou", "Mo", "Sian", "Tariq"]


def offers(trips, rods, kind=None, from_day=None):
    return [(str(day), boat, free) for day, boat, free in trips_with_room(trips, rods, kind, from_day)]


def build(plan):
    trips = []
    for offset, boat, kind, rods, called_off, actions in plan:
        trip = Trip(START + timedelta(days=offset), boat, kind, rods, called_off=called_off)
        for action, name, count in actions:
            if action == "book":
                attempt(trip.book, name, count)
            else:
                attempt(trip.cancel, name)
        trips.append(trip)
    return trips


def observe():
    rng = random.Random(5872)
    results = []
    edge = [
        [],
        [(0, "Sea Spray", "wreck", 8, False, [])],
        [(0, "Sea Spray", "wreck", 8, False, [("book", "Gary", 8)])],
        [(0, "Sea Spray", "wreck", 8, False, [("book", "Gary", 8), ("cancel", "Gary", 0)])],
        [(0, "Sea Spray", "wreck", 8, False, [("book", "Gary", 3), ("book", "Dev", 5), ("cancel", "Dev", 0)])],
        [(0, "Sea Spray", "wreck", 8, False, [("book", "Gary", 3), ("cancel", "Gary", 0), ("book", "Gary", 4)])],
        [(0, "Sea Spray", "wreck", 8, True, [("book", "Gary", 3), ("cancel", "Gary", 0)])],
        [(1, "Kittiwake", "reef", 10, False, [("book", "Pete", 6), ("book", "Lou", 4), ("cancel", "Lou", 0), ("cancel", "Pete", 0)])],
        [(0, "Sea Spray", "reef", 10, False, [("book", "Pete", 6), ("cancel", "Mo", 0)]),
         (0, "Kittiwake", "reef", 6, False, [("book", "Lou", 6), ("cancel", "Lou", 0)])],
    ]
    for plan in edge:
        trips = build(plan)
        for rods in range(0, 12):
            results.append(attempt(offers, trips, rods))
        results.append(attempt(offers, trips, 2, "reef"))
        results.append(attempt(offers, trips, 2, None, START + timedelta(days=1)))
        results.append(attempt(boat_sheet, trips, START))
    for _ in range(150):
        plan = []
        for offset in range(rng.randint(0, 4)):
            for boat in rng.sample(["Sea Spray", "Kittiwake", "Osprey"], rng.randint(1, 3)):
                actions = []
                for _ in range(rng.randint(0, 6)):
                    if rng.random() < 0.3:
                        actions.append(("cancel", rng.choice(NAMES), 0))
                    else:
                        actions.append(("book", rng.choice(NAMES), rng.randint(1, 5)))
                plan.append((offset, boat, rng.choice(KINDS), rng.choice((6, 8, 10, 12)), rng.random() < 0.15, actions))
        trips = build(plan)
        rods = rng.randint(1, 8)
        kind = rng.choice((None, None, *KINDS))
        from_day = START + timedelta(days=rng.randint(0, 3)) if rng.random() < 0.3 else None
        results.append(attempt(offers, trips, rods, kind, from_day))
        results.append(attempt(boat_sheet, trips, START + timedelta(days=rng.randint(0, 3))))
    return results
