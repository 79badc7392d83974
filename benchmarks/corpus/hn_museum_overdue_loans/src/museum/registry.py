"""The loans register kept by the registrar's office."""

from __future__ import annotations

from datetime import date

from museum.loans import Loan


class AlreadyOnLoan(Exception):
    pass


class LoanRegistry:
    def __init__(self) -> None:
        self.loans: list[Loan] = []

    def lend(self, object_id: str, borrower: str, lent_on: date, due_back: date) -> Loan:
        if any(loan.object_id == object_id and loan.out for loan in self.loans):
            raise AlreadyOnLoan(object_id)
        loan = Loan(object_id, borrower, lent_on, due_back)
        self.loans.append(loan)
        return loan

    def give_back(self, object_id: str, on: date) -> Loan:
        for loan in self.loans:
            if loan.object_id == object_id and loan.out:
                loan.returned_on = on
                return loan
        raise KeyError(object_id)

    def on_loan(self) -> list[str]:
        return sorted(loan.object_id for loan in self.loans if loan.out)

    def overdue(self, today: date) -> list[tuple[str, str, int]]:
        """Loans still out after their due date: (object, borrower, days overdue),
        longest overdue first."""
        late = []
        for loan in self.loans:
            if loan.out and loan.lent_on < today:
                late.append((loan.object_id, loan.borrower, (today - loan.due_back).days))
        late.sort(key=lambda entry: (-entry[2], entry[0]))
        return late

    def history(self, object_id: str) -> list[tuple[str, date, date | None]]:
        return [(loan.borrower, loan.lent_on, loan.returned_on)
                for loan in self.loans if loan.object_id == object_id]
