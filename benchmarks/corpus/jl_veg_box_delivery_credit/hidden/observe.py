"""Round.run_week over runs of weeks around the tenth (free) box, with holidays, top-ups and
size changes, then random seasons of the round."""

import random
from datetime import date, timedelta

from observing import attempt
from scheme import Round

NAMES = ["Mrs Okafor", "Dev", "The Hendersons", "Pat", "Ms Lowe", "Farid"]
SIZES = ["small", "medium", "family"]
START = date(2024, 1, 1)


def state(veg):
    customers = {
        name: (c.size, c.credit, c.boxes, veg.statement(name)) for name, c in veg.customers.items()
    }
    return customers, sorted(veg.chase)


def season(joins, events, weeks):
    veg = Round()
    for name, size, credit in joins:
        veg.join(name, size, credit)
    log = []
    for n in range(weeks):
        week = START + timedelta(weeks=n)
        for when, action, name, arg in events:
            if when != n or name not in veg.customers:
                continue
            if action == "top_up":
                veg.top_up(name, arg)
            elif action == "size":
                veg.change_size(name, arg)
            elif action == "away":
                veg.holiday(name, week + timedelta(days=arg[0]), week + timedelta(days=arg[1]))
        log.append(veg.run_week(week))
    return log, state(veg)


def observe():
    rng = random.Random(4417)
    results = []
    for weeks in (1, 8, 9, 10, 11, 19, 20, 21, 30):
        for size in SIZES:
            results.append(attempt(season, [("Pat", size, "£500")], [], weeks))
    results.append(attempt(season, [("Pat", "small", "£130.50")], [], 12))
    results.append(attempt(season, [("Pat", "small", "£130.50")], [(10, "top_up", "Pat", "14.50")], 14))
    results.append(attempt(season, [("Pat", "medium", "£200")], [(9, "away", "Pat", (0, 6))], 12))
    results.append(attempt(season, [("Pat", "medium", "£200")], [(8, "size", "Pat", "family")], 12))
    results.append(attempt(season, [("Pat", "medium", "0")], [(3, "top_up", "Pat", "500")], 16))
    results.append(attempt(season, [("Pat", "medium", "£90")], [(2, "size", "Pat", "jumbo")], 4))
    for _ in range(120):
        joins = [
            (name, rng.choice(SIZES), f"{rng.randint(0, 300)}.{rng.randint(0, 99):02d}")
            for name in rng.sample(NAMES, rng.randint(1, len(NAMES)))
        ]
        weeks = rng.randint(1, 26)
        events = []
        for _ in range(rng.randint(0, 8)):
            action = rng.choice(["top_up", "size", "away", "away"])
            arg = {
                "top_up": f"£{rng.randint(5, 120)}",
                "size": rng.choice(SIZES),
                "away": tuple(sorted((rng.randint(-3, 6), rng.randint(0, 20)))),
            }[action]
            events.append((rng.randrange(weeks), action, rng.choice(NAMES), arg))
        results.append(attempt(season, joins, events, weeks))
    return results
