from __future__ import annotations

from dataclasses import dataclass
from datetime import time
from decimal import ROUND_HALF_UP, Decimal

from range_desk.clock import is_peak, minutes_between

MINIMUM_MINUTES = 30
BLOCK_MINUTES = 15
RATE_PER_HOUR = Decimal("12.00")
PEAK_RATE_PER_HOUR = Decimal("16.00")
BUCKET_PRICE = Decimal("4.50")  # a bucket of 50 balls
MEMBER_DISCOUNT = Decimal("0.20")  # members get a fifth off bay hire, not balls
PENNY = Decimal("0.01")


@dataclass(frozen=True)
class Session:
    bay: int
    checked_in: time
    checked_out: time
    buckets: int = 0
    member: bool = False


def bay_charge(session: Session) -> Decimal:
    """Bay hire in started 15-minute blocks, at least 30 minutes, at the peak rate if the
    golfer checked in during peak hours."""
    minutes = max(minutes_between(session.checked_in, session.checked_out), MINIMUM_MINUTES)
    blocks = -(-minutes // BLOCK_MINUTES)
    rate = PEAK_RATE_PER_HOUR if is_peak(session.checked_in) else RATE_PER_HOUR
    return (rate * blocks * BLOCK_MINUTES / 60).quantize(PENNY, ROUND_HALF_UP)


def session_total(session: Session) -> Decimal:
    hire = bay_charge(session)
    if session.member:
        hire -= (hire * MEMBER_DISCOUNT).quantize(PENNY, ROUND_HALF_UP)
    return hire + BUCKET_PRICE * session.buckets


def day_takings(sessions: list[Session]) -> dict[str, Decimal]:
    """The till report: bay hire, balls and the total for the day."""
    hire = sum((session_total(s) - BUCKET_PRICE * s.buckets for s in sessions), Decimal("0.00"))
    balls = sum((BUCKET_PRICE * s.buckets for s in sessions), Decimal("0.00"))
    return {"bay hire": hire, "balls": balls, "total": hire + balls}
