"""Random queues at the badge desk: repeats, colleagues collecting, unknown codes."""

import random

from observing import attempt
from badgedesk.desk import PickupDesk
from badgedesk.registrations import Registration

PEOPLE = [
    Registration("A1", "Ada", "Okafor", "Brightwave", "speaker"),
    Registration("B2", "Lars", "Holm", "Brightwave", "attendee"),
    Registration("C3", "Mei", "Tanaka", "Nordlys", "attendee"),
    Registration("D4", "Jonas", "van Dijk", "", "student"),
    Registration("E5", "Ines", "Sousa", "Nordlys", "crew"),
    Registration("F6", "Tom", "Berg", "Brightwave", "student"),
]
CODES = [person.code for person in PEOPLE] + ["a1", " c3 ", "ZZ"]


def observe():
    rng = random.Random(4407)
    results = []
    for code in CODES:
        desk = PickupDesk(PEOPLE)
        results.append([attempt(desk.pick_up, code), attempt(desk.pick_up, code), desk.waiting(), desk.summary()])
    for helper in CODES:
        desk = PickupDesk(PEOPLE)
        results.append([attempt(desk.pick_up, "B2", by=helper), attempt(desk.pick_up, "B2"), desk.summary()])
    for _ in range(100):
        desk = PickupDesk(rng.sample(PEOPLE, rng.randint(1, len(PEOPLE))))
        steps = []
        for _ in range(rng.randint(1, 10)):
            code = rng.choice(CODES)
            by = rng.choice(CODES) if rng.random() < 0.3 else None
            steps.append(attempt(desk.pick_up, code, by))
        ticket = rng.choice([None, "attendee", "student", "crew", "speaker"])
        results.append((steps, desk.waiting(ticket), desk.summary(), sorted(desk.collected), dict(desk.proxies)))
    return results
