"""plan_round, back_at_dairy and late_streets on rounds around the break time, then
random rounds with random start times."""

import random
from datetime import datetime, time

from observing import attempt
from milkround.schedule import back_at_dairy, late_streets, plan_round
from milkround.stops import Stop

DAY = datetime(2024, 3, 12)


def visits(stops, start):
    plan = plan_round(stops, start)
    return [(v.street, v.arrive, v.leave) for v in plan]


def observe():
    rng = random.Random(7305)
    results = []
    cases = [
        [],
        [Stop("A", 0, 0)],
        [Stop("A", 10, 20)],
        [Stop("A", 10, 20), Stop("B", 5, 5)],
        [Stop("A", 10, 20), Stop("B", 5, 5), Stop("C", 5, 5)],
        [Stop("A", 1, 1), Stop("B", 1, 1), Stop("C", 1, 1), Stop("D", 1, 1)],
    ]
    for stops in cases:
        for start in (time(4, 0), time(6, 30), time(6, 41), time(6, 58), time(7, 0), time(9, 0)):
            moment = datetime.combine(DAY, start)
            results.append(attempt(visits, stops, moment))
            results.append(attempt(back_at_dairy, stops, moment, 12))
    for _ in range(150):
        stops = [Stop(f"s{k}", rng.randint(0, 15), rng.randint(0, 60)) for k in range(rng.randint(0, 14))]
        start = datetime(2024, 3, 12, rng.randint(3, 7), rng.randint(0, 59))
        results.append(attempt(visits, stops, start))
        results.append(attempt(back_at_dairy, stops, start, rng.randint(0, 30)))
        promised = {s.street: time(rng.randint(5, 9), rng.choice([0, 30])) for s in stops if rng.random() < 0.5}
        plan = attempt(plan_round, stops, start)
        if isinstance(plan, list):
            results.append(attempt(late_streets, plan, promised))
    return results
