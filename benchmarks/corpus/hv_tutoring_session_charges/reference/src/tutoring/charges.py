"""What each lesson costs the family, and the monthly invoice."""

from __future__ import annotations

import math
from datetime import timedelta
from decimal import ROUND_HALF_UP, Decimal

from tutoring.sessions import Session

HOURLY_RATE = Decimal("36.00")
CENT = Decimal("0.01")
# Cancelling at least this long before the start costs nothing; later, half the lesson.
FREE_CANCELLATION = timedelta(hours=24)


def session_charge(session: Session, rate: Decimal = HOURLY_RATE) -> Decimal:
    """Lessons are charged by the started quarter hour. A lesson cancelled with
    less than 24 hours' notice is charged at half price."""
    quarters = math.ceil(session.minutes / 15)
    charge = rate * quarters / 4
    if session.cancelled_at is not None:
        notice = session.start - session.cancelled_at
        if notice >= FREE_CANCELLATION:
            return Decimal("0.00")
        charge = charge / 2
    return charge.quantize(CENT, rounding=ROUND_HALF_UP)


def monthly_invoice(sessions: list[Session], student: str, year: int, month: int,
                    rate: Decimal = HOURLY_RATE) -> list[tuple[str, Decimal]]:
    """The student's lessons that month, in date order, with what each costs; a
    lesson that costs nothing is left off."""
    lines = []
    for session in sorted(sessions, key=lambda s: s.start):
        if session.student != student or (session.start.year, session.start.month) != (year, month):
            continue
        charge = session_charge(session, rate)
        if charge:
            lines.append((session.start.strftime("%d %b"), charge))
    return lines


def invoice_total(lines: list[tuple[str, Decimal]]) -> Decimal:
    return sum((amount for _, amount in lines), Decimal("0.00"))
