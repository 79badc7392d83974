"""Late fees: researchers who keep a box past its due date pay per day late, after
a few days' grace, up to a cap per box."""

from __future__ import annotations

from datetime import date

from reading_room.loans import Loan

GRACE_DAYS = 3
DAILY_FEE_PENCE = 50
MAX_FEE_PENCE = 1000


def late_fees(loans: list[Loan], today: date) -> dict[str, int]:
    """The fee each reader owes in pence, counting every box they kept late:
    returned boxes up to the day they came back, boxes still out up to today.
    Readers who owe nothing are left out."""
    fees: dict[str, int] = {}
    for loan in loans:
        end = today
        days_late = (end - loan.due).days
        if days_late < GRACE_DAYS:
            continue
        fee = min(days_late * DAILY_FEE_PENCE, MAX_FEE_PENCE)
        fees[loan.reader] = fee
    return fees


def fee_letters(fees: dict[str, int]) -> list[str]:
    return [f"Reader {reader}: please pay £{pence // 100}.{pence % 100:02d}" for reader, pence in sorted(fees.items())]
