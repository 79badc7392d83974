"""open_slots and book around slots a flyer already has (booked, full, cancelled, giant sessions), then random festival days of bookings and cancellations."""

import random

from observing import attempt
from arena import Arena
from flyers import Flyer

FLYERS = [
    Flyer("Maggie Hollis", "octopus", 12.0),
    Flyer("Tom Pryce", "delta", 2.5),
    Flyer("Asha Patel", "rokkaku", 1.8),
    Flyer("Des Morley", "parafoil", 4.0),
    Flyer("Ruth Kane", "ray", 6.0),
    Flyer("Ollie Grant", "sled", 0.9),
]
TIMES = ["09:30", "10:00", "11:30", "13:00", "14:30", "16:00"]


def run(slots, actions):
    arena = Arena("Beach field")
    for start, capacity, giant in slots:
        arena.add_slot(start, capacity, giant)
    seen = []
    for action, who, start in actions:
        flyer = FLYERS[who]
        if action == "book":
            seen.append(attempt(arena.book, flyer, start))
        elif action == "cancel":
            seen.append(attempt(arena.cancel, flyer, start))
        seen.append([attempt(arena.open_slots, f) for f in FLYERS])
    seen.append(arena.timetable())
    seen.append({start: list(slot.booked) for start, slot in arena.slots.items()})
    return seen


def observe():
    rng = random.Random(2207)
    results = []
    slots = [("10:00", 3, False), ("11:30", 2, True), ("13:00", 1, False), ("14:30", 2, True)]
    edge = [
        [],
        [("book", 1, "10:00")],
        [("book", 1, "10:00"), ("book", 1, "10:00")],
        [("book", 1, "13:00"), ("book", 1, "13:00")],
        [("book", 0, "11:30"), ("book", 0, "11:30"), ("book", 4, "11:30")],
        [("book", 2, "10:00"), ("cancel", 2, "10:00"), ("book", 2, "10:00"), ("book", 2, "10:00")],
        [("book", 3, "14:30"), ("book", 3, "10:00"), ("book", 3, "13:00"), ("book", 3, "11:30")],
        [("book", 1, "12:00")],
        [("cancel", 1, "10:00")],
    ]
    for actions in edge:
        results.append(attempt(run, slots, actions))
    for _ in range(150):
        starts = sorted(rng.sample(TIMES, rng.randint(1, len(TIMES))))
        day = [(start, rng.randint(1, 4), rng.random() < 0.3) for start in starts]
        actions = []
        for _ in range(rng.randint(0, 14)):
            action = "cancel" if rng.random() < 0.15 else "book"
            actions.append((action, rng.randrange(len(FLYERS)), rng.choice(TIMES)))
        results.append(attempt(run, day, actions))
    return results
