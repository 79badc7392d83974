"""Who may borrow."""

from __future__ import annotations

from datetime import date

from .loans import Library

FINE_LIMIT = 5.0
MAX_LOANS = 3


def may_borrow(library: Library, member: str, on: date | None = None) -> bool:
    """Members with at most MAX_LOANS - 1 books out and fines under the limit may borrow."""
    out = sum(1 for loan in library.loans if loan.member == member and loan.returned is None)
    return out < MAX_LOANS and library.member_fines(member, on) < FINE_LIMIT
