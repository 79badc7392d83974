"""Overdue lists after no, one and two renewals, on and around the due dates, with returns, then random loan books."""

import random
from datetime import date, timedelta

from observing import attempt
from scopes.loans import LoanBook
from scopes.members import Member

SCOPES = ["Dobsonian 8in", "Refractor 80mm", "Solar scope", "Maksutov 127", "Binoculars 15x70"]
MEMBERS = [
    Member("Ruth Ashdown", "ruth@example.org", date(2026, 3, 31)),
    Member("Dev Malhotra", "dev@example.org", date(2026, 3, 31)),
    Member("Owen Pryce", "owen@example.org", date(2024, 3, 31)),
    Member("Ada Kershaw", "ada@example.org", date(2026, 3, 31)),
]
START = date(2024, 9, 2)


def run(actions, checks):
    """actions: (day offset, verb, scope, member index); returns what each did and the overdue lists on the check days."""
    book = LoanBook(SCOPES)
    done = []
    for offset, verb, scope, who in actions:
        day = START + timedelta(days=offset)
        if verb == "lend":
            done.append(attempt(lambda: book.lend(scope, MEMBERS[who], day).due))
        elif verb == "renew":
            done.append(attempt(book.renew, scope, day))
        else:
            done.append(attempt(book.give_back, scope, day))
    return done, [book.overdue(START + timedelta(days=offset)) for offset in checks]


def observe():
    rng = random.Random(9151)
    results = []
    checks = [27, 28, 29, 55, 56, 57, 83, 84, 85, 86, 120, 400]
    for renewals in range(4):
        actions = [(0, "lend", "Dobsonian 8in", 0), (3, "lend", "Solar scope", 1)]
        for n in range(renewals):
            actions.append((20 + 28 * n, "renew", "Dobsonian 8in", 0))
        results.append(attempt(run, actions, checks))
        results.append(attempt(run, actions + [(70, "return", "Dobsonian 8in", 0)], checks))
        results.append(attempt(run, actions + [(100, "return", "Dobsonian 8in", 0), (101, "lend", "Dobsonian 8in", 3)], checks))
    results.append(attempt(run, [(0, "lend", "Dobsonian 8in", 2)], checks))
    results.append(attempt(run, [(0, "lend", "Dobsonian 8in", 0), (28, "renew", "Dobsonian 8in", 0), (56, "renew", "Dobsonian 8in", 0)], checks))
    results.append(attempt(run, [(0, "lend", "Dobsonian 8in", 0), (29, "renew", "Dobsonian 8in", 0)], checks))
    for _ in range(150):
        actions = []
        for _ in range(rng.randint(1, 14)):
            actions.append((rng.randint(0, 150), rng.choice(("lend", "lend", "renew", "renew", "return")), rng.choice(SCOPES), rng.randrange(len(MEMBERS))))
        actions.sort(key=lambda action: action[0])
        results.append(attempt(run, actions, sorted(rng.sample(range(0, 260), 5))))
    return results
