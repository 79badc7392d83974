"""Random terms of weekly meetings: who is present, excused or absent each week."""

import random

from observing import attempt
from troop.members import Scout
from troop.register import Register

NAMES = ["Ada", "Bea", "Carl", "Dev", "Eli", "Fay", "Gus", "Hana"]
PATROLS = ["eagles", "foxes", "owls", "otters"]


def snapshot(register):
    return (attempt(register.to_ring), attempt(register.to_ring, 0), attempt(register.to_ring, 1),
            attempt(register.camp_eligible), [attempt(register.patrol_turnout, p) for p in PATROLS],
            {name: attempt(register.rate, name) for name in register.scouts})


def observe():
    rng = random.Random(7043)
    results = []
    members = [Scout(name, PATROLS[i % 4]) for i, name in enumerate(NAMES[:4])]
    register = Register(members)
    results.append(snapshot(register))
    for present, excused in [([], []), (["Ada"], ["Bea"]), ([], ["Ada"]), (["Bea", "Carl"], []),
                             (["Ada", "Bea", "Carl", "Dev"], []), ([], []), (["Dev"], ["Dev"]),
                             (["Nobody"], []), ([], [])]:
        results.append((attempt(register.record, present, excused), snapshot(register)))
    for _ in range(100):
        members = [Scout(name, rng.choice(PATROLS)) for name in rng.sample(NAMES, rng.randint(1, 8))]
        register = Register(members)
        names = [scout.name for scout in members]
        steps = []
        for week in range(rng.randint(1, 10)):
            present, excused = [], []
            for name in names:
                roll = rng.random()
                if roll < 0.55:
                    present.append(name)
                elif roll < 0.7:
                    excused.append(name)
            attempt(register.record, present, excused)
            if week % 3 == 0:
                steps.append(attempt(register.to_ring, 1))
        results.append((steps, snapshot(register)))
    return results
