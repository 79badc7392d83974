"""Loans at the branch library: due dates and fines for late returns."""

from datetime import date, timedelta

LOAN_DAYS = 21
GRACE_DAYS = 2
WEEKLY_FINE = 1.50
MAX_FINE = 12.00


def due_date(borrowed, renewals=0):
    return borrowed + timedelta(days=LOAN_DAYS * (1 + renewals))


def late_fine(due, returned):
    """Nothing if the book is back within GRACE_DAYS of its due date; past that,
    WEEKLY_FINE for each week or part of a week late, at most MAX_FINE."""
    days_late = (returned - due).days
    if days_late <= GRACE_DAYS:
        return 0.0
    weeks = (days_late + 6) // 7
    return min(weeks * WEEKLY_FINE, MAX_FINE)


def fines_owed(loans, today):
    """Fines per member for (member, borrowed, renewals, returned or None) loans;
    a book still out is fined as if returned today."""
    owed = {}
    for member, borrowed, renewals, returned in loans:
        fine = late_fine(due_date(borrowed, renewals), returned or today)
        if fine:
            owed[member] = owed.get(member, 0.0) + fine
    return owed
