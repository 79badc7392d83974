"""can_host and rooms_for on edge sizes and ages, then random rooms and parties."""

import random

from observing import attempt
from escapes.booking import can_host, rooms_for
from escapes.models import Party, Room


def observe():
    rng = random.Random(4411)
    results = []
    edge_rooms = [Room("A", 2, 6, 12), Room("B", 4, 4, 0), Room("C", 1, 10, 18, closed=True), Room("D", 3, 8, 16)]
    for room in edge_rooms:
        for size in range(0, 12):
            for age in (0, 11, 12, 15, 16, 17, 18, 40):
                results.append(attempt(can_host, room, Party("p", size, age)))
    rooms = []
    for n in range(25):
        low = rng.randint(1, 6)
        rooms.append(Room(f"R{n}", low, low + rng.randint(0, 6), rng.choice([0, 8, 12, 16, 18]), rng.random() < 0.2))
    for _ in range(250):
        party = Party("x", rng.randint(1, 13), rng.randint(6, 60))
        results.append(attempt(can_host, rng.choice(rooms), party))
    for _ in range(40):
        party = Party("y", rng.randint(1, 13), rng.randint(6, 60))
        results.append(attempt(rooms_for, party, rng.sample(rooms, 10)))
    return results
