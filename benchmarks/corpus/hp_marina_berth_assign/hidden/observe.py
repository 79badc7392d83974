"""Random arrivals and departures on a small pontoon, plus boat lines to parse."""

import random

from observing import attempt
from marina.boats import Boat, parse_boat
from marina.harbour import Berth, Harbour

BERTHS = [
    ("P1", 7.0, 2.8, 1.4),
    ("P2", 9.0, 3.2, 1.6),
    ("P3", 9.0, 3.2, 2.4),
    ("P4", 12.0, 4.0, 2.0),
    ("P5", 12.0, 4.2, 3.0),
    ("P6", 16.0, 5.0, 3.2),
]


def pontoon():
    return Harbour([Berth(*row) for row in BERTHS])


def state(harbour):
    return [(berth.code, berth.occupied_by) for berth in harbour.berths]


def observe():
    rng = random.Random(6061)
    results = []
    for line in ["Skylark; 9,8; 3,2; 1,6", "A;1;1;1", "Nameless", "; 3; 1; 1", "X; 0; 2; 1", "Y; 5.5; 2; 0,9"]:
        results.append(attempt(parse_boat, line))
    # the same boat size again and again until the pontoon is full
    for size in [(6.5, 2.5, 1.0), (8.5, 3.0, 1.2), (11.0, 3.9, 1.8), (15.0, 4.8, 2.5), (20.0, 6.0, 2.0)]:
        harbour = pontoon()
        results.append([attempt(harbour.assign, Boat(f"b{i}", *size)) for i in range(8)])
        results.append(state(harbour))
    for _ in range(100):
        harbour = pontoon()
        log = []
        aboard = []
        for step in range(rng.randint(1, 14)):
            if aboard and rng.random() < 0.3:
                name = aboard.pop(rng.randrange(len(aboard)))
                log.append(("depart", name, attempt(harbour.depart, name)))
            else:
                boat = Boat(
                    f"boat{step}",
                    round(rng.uniform(5.0, 17.0), 1),
                    round(rng.uniform(2.0, 5.2), 1),
                    round(rng.uniform(0.8, 2.9), 1),
                )
                code = attempt(harbour.assign, boat)
                if code != "NoBerthError":
                    aboard.append(boat.name)
                log.append(("assign", boat.name, code))
        results.append((log, state(harbour), harbour.free_berths(), [harbour.berth_of(n) for n in aboard]))
    return results
