from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal

from toollib.fines import days_late, fine
from toollib.rules import GRACE_DAYS, LOAN_DAYS, MAX_LOANS


@dataclass(frozen=True)
class Tool:
    code: str
    name: str
    power: bool = False


@dataclass
class Loan:
    tool: Tool
    out: date
    due: date
    back: date | None = None


@dataclass
class Member:
    name: str
    expires: date
    inducted: bool = False
    loans: list[Loan] = field(default_factory=list)
    fines: Decimal = Decimal("0.00")

    def on_loan(self) -> list[Loan]:
        return [loan for loan in self.loans if loan.back is None]

    def can_borrow(self, tool: Tool, today: date) -> bool:
        """A member may take a tool out while their membership runs, with fewer than
        MAX_LOANS tools out and nothing they have out overdue. Power tools are only
        lent to members who have done the safety induction."""
        if today > self.expires:
            return False
        out = self.on_loan()
        if len(out) >= MAX_LOANS:
            return False
        for loan in out:
            if loan.tool.code == tool.code:
                return False
            if today > loan.due:
                return False
        if tool.power and not self.inducted:
            return False
        return True

    def borrow(self, tool: Tool, today: date) -> Loan | None:
        if not self.can_borrow(tool, today):
            return None
        loan = Loan(tool, today, today + timedelta(days=LOAN_DAYS))
        self.loans.append(loan)
        return loan

    def give_back(self, code: str, today: date) -> Decimal:
        """Closes the loan of the tool and adds its fine, if any, to what the member owes."""
        for loan in self.on_loan():
            if loan.tool.code == code:
                loan.back = today
                charge = fine(loan.due, today)
                self.fines += charge
                return charge
        raise KeyError(code)

    def overdue(self, today: date) -> dict[str, int]:
        """How many days late each tool the member has out past its due date is."""
        late = {loan.tool.code: days_late(loan.due, today) for loan in self.on_loan()}
        return {code: days for code, days in late.items() if days > 0}

    def reminders(self, today: date) -> list[str]:
        """The tools to send a reminder about: those past their grace days, which are now being fined."""
        return sorted(code for code, days in self.overdue(today).items() if days > GRACE_DAYS)
