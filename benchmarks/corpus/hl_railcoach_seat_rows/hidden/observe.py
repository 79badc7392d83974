"""Every seat's position, and seats picked for random bookings."""

import random

from observing import attempt
from railcoach.booking import free_seats, pick_pair, pick_seat
from railcoach.layout import seat_position


def position(seat):
    found = seat_position(seat)
    return (found.row, found.side, found.place)


def observe():
    rng = random.Random(1825)
    results = []
    for seat in range(-2, 70):
        results.append(attempt(position, seat))
    for booked in (set(), {1}, {1, 4}, {2, 3}, set(range(1, 65)), set(range(1, 61)), {63}, {64}, set(range(2, 65))):
        results.append((attempt(pick_seat, booked), attempt(pick_seat, booked, "window"),
                        attempt(pick_seat, booked, "aisle"), attempt(pick_pair, booked)))
    for _ in range(100):
        booked = set(rng.sample(range(1, 65), rng.randint(0, 64)))
        results.append((attempt(pick_seat, booked, rng.choice([None, "window", "aisle"])),
                        attempt(pick_pair, booked), len(attempt(free_seats, booked))))
    return results
