"""Random waiting lists seated on random floors, some guests needing step-free tables."""

import random
from collections import deque

from observing import attempt
from hostdesk.floor import Party, Table
from hostdesk.seating import best_table, seat_waiting

FLOOR = [Table("T1", 2), Table("T2", 4), Table("T3", 2), Table("T4", 6), Table("T5", 4, True), Table("T6", 2, True), Table("T7", 8)]


def name(table):
    return None if table is None else table.name


def observe():
    rng = random.Random(5252)
    results = []
    for size in range(0, 10):
        for access in (False, True):
            party = Party("p", size, access)
            results.append(attempt(lambda: name(best_table(party, FLOOR))))
            results.append(attempt(lambda: name(best_table(party, FLOOR[:4]))))
            results.append(attempt(lambda: name(best_table(party, []))))
    for _ in range(100):
        free = rng.sample(FLOOR, rng.randint(0, len(FLOOR)))
        queue = deque(Party(f"p{i}", rng.randint(1, 9), rng.random() < 0.3) for i in range(rng.randint(0, 8)))
        seated = attempt(seat_waiting, queue, free)
        results.append((seated, [p.name for p in queue], [t.name for t in free]))
    return results
