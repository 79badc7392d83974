"""available() and draw() over every status and away combination, then random rosters over a month of Tuesdays."""

import random
from datetime import date, timedelta

from observing import attempt
from bowls.draw import available, draw
from bowls.members import POSITIONS, Member, subs_reminders

TUESDAY = date(2024, 6, 4)


def names(members):
    return [m.name for m in members]


def observe():
    rng = random.Random(4471)
    results = []
    for paid in (True, False):
        for life in (True, False):
            for away in (set(), {TUESDAY}, {TUESDAY + timedelta(days=7)}):
                member = Member("Solo", "lead", paid, life, set(away))
                results.append(attempt(lambda: names(available([member], TUESDAY))))
                team = [Member(f"P{k}", POSITIONS[k % 4]) for k in range(7)] + [member]
                results.append(attempt(draw, team, TUESDAY))
    for _ in range(120):
        roster = []
        for k in range(rng.randint(0, 22)):
            status = rng.choice(["paid", "paid", "paid", "unpaid", "life", "life"])
            away = {TUESDAY + timedelta(days=7 * rng.randint(0, 4)) for _ in range(rng.randint(0, 3))}
            roster.append(Member(f"M{k:02d}", rng.choice(POSITIONS), status == "paid", status == "life", away))
        rng.shuffle(roster)
        results.append(attempt(subs_reminders, roster))
        for week in range(4):
            day = TUESDAY + timedelta(days=7 * week)
            results.append(attempt(lambda: names(available(roster, day))))
            results.append(attempt(draw, roster, day))
    return results
