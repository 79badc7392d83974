"""can_climb around every membership and certificate date, for each style; random members and days."""

import datetime
import random

from observing import attempt
from climbing.access import can_climb, climbable, renewals_due
from climbing.members import Member
from climbing.wall import Route

ROUTES = [Route("b", "5", "boulder"), Route("t", "6a", "top-rope"), Route("l", "6c", "lead")]
DAY = datetime.date(2024, 5, 15)


def observe():
    rng = random.Random(5151)
    results = []
    offsets = (-400, -31, -1, 0, 1, 30, 365)
    for paid in offsets:
        for belay in (False, True):
            for lead in (None,) + offsets:
                member = Member("m", DAY + datetime.timedelta(days=paid), belay,
                                None if lead is None else DAY + datetime.timedelta(days=lead))
                for route in ROUTES:
                    results.append(attempt(can_climb, member, route, DAY))
                results.append(attempt(climbable, member, ROUTES, DAY))
    start = datetime.date(2024, 1, 1)
    for i in range(100):
        members = []
        for j in range(rng.randint(1, 6)):
            paid = start + datetime.timedelta(days=rng.randint(0, 365))
            lead = rng.choice([None, start + datetime.timedelta(days=rng.randint(0, 500))])
            members.append(Member(f"m{i}_{j}", paid, rng.random() < 0.7, lead))
        day = start + datetime.timedelta(days=rng.randint(0, 400))
        routes = rng.sample(ROUTES * 2, rng.randint(1, 6))
        results.append([attempt(climbable, m, routes, day) for m in members])
        results.append(attempt(renewals_due, members, day, rng.choice([7, 30, 90])))
    return results
