"""missed_in_a_row on fixed and random registers, for several limits."""

import random

from observing import attempt
from register import AttendanceRegister

SINGERS = ["Ann", "Bob", "Cy", "Dee", "Eli"]


def flagged(weeks, limits=(1, 2, 3, 4)):
    register = AttendanceRegister(SINGERS)
    for index, (present, apologies) in enumerate(weeks):
        register.record(f"w{index}", present, apologies)
    return [attempt(register.missed_in_a_row, limit) for limit in limits] + [attempt(register.missed_in_a_row)]


def observe():
    rng = random.Random(1212)
    results = []
    results.append(flagged([]))
    results.append(flagged([(set(), set())] * 4))
    results.append(flagged([({"Ann"}, set()), (set(), set()), ({"Ann"}, set()), (set(), set())]))
    results.append(flagged([(set(), {"Ann"}), (set(), set()), (set(), {"Ann"}), ({"Ann"}, set()), (set(), set())]))
    for _ in range(100):
        weeks = []
        for _ in range(rng.randint(0, 14)):
            present, apologies = set(), set()
            for name in SINGERS:
                roll = rng.random()
                if roll < 0.55:
                    present.add(name)
                elif roll < 0.7:
                    apologies.add(name)
            weeks.append((present, apologies))
        results.append(flagged(weeks))
    return results
