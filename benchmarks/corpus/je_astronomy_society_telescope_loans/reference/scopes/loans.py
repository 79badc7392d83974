"""The loan book for the society's telescopes.

A loan runs for four weeks and can be renewed twice, each time for another four
weeks from the day it was due, as long as it is not already overdue. The monthly
reminder goes to everyone who has kept a telescope past its due date.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from scopes.members import Member

LOAN_DAYS = 28
MAX_RENEWALS = 2


@dataclass
class Loan:
    scope: str
    member: str
    out: date
    due: date
    renewals: int = 0
    returned: date | None = None


class LoanBook:
    def __init__(self, scopes: list[str]):
        self.scopes = list(scopes)
        self.loans: list[Loan] = []

    def on_loan(self, scope: str) -> Loan | None:
        for loan in self.loans:
            if loan.scope == scope and loan.returned is None:
                return loan
        return None

    def lend(self, scope: str, member: Member, day: date) -> Loan:
        if scope not in self.scopes:
            raise KeyError(scope)
        if self.on_loan(scope) is not None:
            raise ValueError(f"{scope} is already out")
        if not member.may_borrow(day):
            raise PermissionError(f"{member.name}'s subscription has lapsed")
        loan = Loan(scope, member.name, day, day + timedelta(days=LOAN_DAYS))
        self.loans.append(loan)
        return loan

    def can_renew(self, loan: Loan, day: date) -> bool:
        return loan.returned is None and loan.renewals < MAX_RENEWALS and day <= loan.due

    def renew(self, scope: str, day: date) -> date:
        loan = self.on_loan(scope)
        if loan is None or not self.can_renew(loan, day):
            raise ValueError(f"{scope} cannot be renewed")
        loan.renewals += 1
        loan.due += timedelta(days=LOAN_DAYS)
        return loan.due

    def give_back(self, scope: str, day: date) -> None:
        loan = self.on_loan(scope)
        if loan is None:
            raise ValueError(f"{scope} is not out")
        loan.returned = day

    def overdue(self, day: date) -> list[tuple[str, str, int]]:
        """(member, telescope, days overdue) for the reminder email, most overdue first."""
        late = []
        for loan in self.loans:
            if loan.returned is None and loan.due < day:
                late.append((loan.member, loan.scope, (day - loan.due).days))
        late.sort(key=lambda row: (-row[2], row[0], row[1]))
        return late
