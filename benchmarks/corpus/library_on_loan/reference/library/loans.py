"""Lending books: due dates, returns and fines."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

LOAN_DAYS = 21
DAILY_FINE = 0.25
MAX_FINE = 10.0


def today() -> date:
    return date.today()


@dataclass
class Loan:
    book_id: str
    member: str
    borrowed: date
    due: date
    returned: date | None = None


class NotAvailable(Exception):
    pass


class Library:
    def __init__(self, loan_days: int = LOAN_DAYS) -> None:
        self.loan_days = loan_days
        self.copies: dict[str, int] = {}
        self.titles: dict[str, str] = {}
        self.loans: list[Loan] = []

    def add_book(self, book_id: str, title: str, copies: int = 1) -> None:
        self.titles[book_id] = title
        self.copies[book_id] = self.copies.get(book_id, 0) + copies

    def on_loan(self, book_id: str) -> list[Loan]:
        return [loan for loan in self.loans if loan.book_id == book_id and loan.returned is None]

    def available(self, book_id: str) -> int:
        return self.copies.get(book_id, 0) - len(self.on_loan(book_id))

    def lend(self, book_id: str, member: str, on: date | None = None) -> Loan:
        on = on or today()
        if self.available(book_id) <= 0:
            raise NotAvailable(book_id)
        loan = Loan(book_id, member, on, on + timedelta(days=self.loan_days))
        self.loans.append(loan)
        return loan

    def give_back(self, book_id: str, member: str, on: date | None = None) -> Loan:
        for loan in self.on_loan(book_id):
            if loan.member == member:
                loan.returned = on or today()
                return loan
        raise KeyError(f"{member} has not borrowed {book_id}")

    def days_overdue(self, loan: Loan, on: date | None = None) -> int:
        """Days past the due date: until it came back, or until `on` (today) while still out."""
        end = loan.returned or on or today()
        return max(0, (end - loan.due).days)

    def fine(self, loan: Loan, on: date | None = None) -> float:
        return min(MAX_FINE, self.days_overdue(loan, on) * DAILY_FINE)

    def member_fines(self, member: str, on: date | None = None) -> float:
        return sum(self.fine(loan, on) for loan in self.loans if loan.member == member)
