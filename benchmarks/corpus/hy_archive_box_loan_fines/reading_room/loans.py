"""Boxes of records lent to researchers in the county archive's reading room."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

LOAN_DAYS = 14


@dataclass
class Loan:
    box: str  # shelf mark, e.g. "QS/1/204"
    reader: str  # reader's ticket number
    lent_on: date
    returned_on: date | None = None

    @property
    def due(self) -> date:
        return self.lent_on + timedelta(days=LOAN_DAYS)


def on_loan(loans: list[Loan]) -> list[str]:
    return sorted(loan.box for loan in loans if loan.returned_on is None)
