"""can_borrow around due dates, grace days, expiry and inductions, then random weeks of lending."""

import random
from datetime import date, timedelta

from observing import attempt
from toollib.members import Loan, Member, Tool

START = date(2024, 3, 1)
TOOLS = [Tool(f"T-{k:02d}", f"tool {k}", power=k % 3 == 0) for k in range(12)]


def observe():
    rng = random.Random(90210)
    results = []
    for inducted in (False, True):
        for expires_in in (-1, 0, 1, 30):
            for late in (None, -3, -1, 0, 1, 2, 3, 4, 10):
                for out in (0, 1, 2):
                    for tool in (TOOLS[1], TOOLS[3]):
                        today = START + timedelta(days=20)
                        member = Member("m", today + timedelta(days=expires_in), inducted)
                        for k in range(out):
                            member.loans.append(Loan(TOOLS[5 + k], today - timedelta(days=3), today + timedelta(days=4)))
                        if late is not None:
                            due = today - timedelta(days=late)
                            member.loans.append(Loan(TOOLS[9], due - timedelta(days=7), due))
                        results.append(attempt(member.can_borrow, tool, today))
    member = Member("m", START + timedelta(days=300), True)
    member.loans.append(Loan(TOOLS[2], START, START + timedelta(days=7), back=START + timedelta(days=20)))
    results.append(attempt(member.can_borrow, TOOLS[2], START + timedelta(days=21)))
    for _ in range(40):
        member = Member("m", START + timedelta(days=rng.randint(10, 60)), rng.random() < 0.5)
        seen = []
        for day in range(0, 60):
            today = START + timedelta(days=day)
            if rng.random() < 0.3:
                seen.append(attempt(member.borrow, rng.choice(TOOLS), today))
            out = member.on_loan()
            if out and rng.random() < 0.15:
                seen.append(attempt(member.give_back, rng.choice(out).tool.code, today))
            seen.append(attempt(member.reminders, today))
        results.append(seen)
        results.append((member.fines, [(loan.tool.code, loan.out, loan.back) for loan in member.loans]))
    return results
