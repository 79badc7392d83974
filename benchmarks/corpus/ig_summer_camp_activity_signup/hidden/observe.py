"""can_sign_up over every badge/waiver/age/place combination, then random camps."""

import random

from observing import attempt
from camp import Activity, Camper, can_sign_up, choices_for, sign_up


def observe():
    rng = random.Random(6061)
    results = []
    for water in (False, True):
        for badge in (False, True):
            for waiver in (False, True):
                for age in (7, 8, 9, 12, 14, 15, 16):
                    for taken in (0, 1, 2):
                        activity = Activity("Kayak", 2, 9, 15, water, [f"c{k}" for k in range(taken)])
                        camper = Camper("Ria", age, badge, waiver)
                        results.append(attempt(can_sign_up, camper, activity))
    results.append(attempt(can_sign_up, Camper("c0", 12, True, True), Activity("Raft", 5, water=True, campers=["c0"])))
    names = [f"camper{k}" for k in range(12)]
    for _ in range(40):
        activities = [
            Activity(f"act{k}", rng.randint(1, 4), rng.randint(6, 11), rng.randint(11, 17), rng.random() < 0.5)
            for k in range(rng.randint(1, 5))
        ]
        campers = [Camper(rng.choice(names), rng.randint(6, 17), rng.random() < 0.5, rng.random() < 0.4) for _ in range(10)]
        signed = []
        for camper in campers:
            activity = rng.choice(activities)
            signed.append(attempt(sign_up, camper, activity))
        results.append(signed)
        results.append([a.campers for a in activities])
        results.append(attempt(choices_for, rng.choice(campers), activities))
    return results
