"""Random sequences of bookings and cancellations on small classes; what each call
returns and the class lists after each sequence."""

import random

from observing import attempt
from gymdesk.booking import ClassSession
from gymdesk.members import Member

PLANS = ["standard", "standard", "premium", "suspended"]


def run(capacity, steps, members):
    session = ClassSession("Class", capacity)
    seen = []
    for action, index in steps:
        member = members[index]
        if action == "book":
            seen.append(attempt(session.book, member))
        else:
            seen.append(attempt(session.cancel, member.member_id))
        seen.append(session.places_left())
    seen.append(list(session.attendees))
    seen.append(list(session.waitlist))
    seen.append([session.position(m.member_id) for m in members])
    return seen


def observe():
    rng = random.Random(4417)
    results = []
    members = [Member(f"m{i}", f"Name{i}", PLANS[i % 4]) for i in range(8)]
    fixed = [
        (0, [("book", 0), ("book", 0), ("cancel", 0)]),
        (1, [("book", 0), ("book", 1), ("book", 1), ("cancel", 0), ("book", 1)]),
        (1, [("book", 0), ("book", 1), ("book", 2), ("book", 2), ("book", 1), ("cancel", 0), ("cancel", 1)]),
        (2, [("book", 3), ("book", 0), ("book", 0)]),
        (2, [("book", 0), ("book", 1), ("book", 2), ("cancel", 2), ("book", 2), ("book", 2)]),
    ]
    for capacity, steps in fixed:
        results.append(run(capacity, steps, members))
    for _ in range(100):
        capacity = rng.randint(0, 4)
        steps = [(rng.choice(["book", "book", "book", "cancel"]), rng.randrange(8)) for _ in range(rng.randint(1, 14))]
        results.append(run(capacity, steps, members))
    return results
