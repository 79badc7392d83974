from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal

GRACE_MINUTES = 10
HOURLY = Decimal("2.40")
DAILY_CAP = Decimal("18.00")


@dataclass(frozen=True)
class Ticket:
    plate: str
    entered: datetime


def parking_fee(entered: datetime, left: datetime) -> Decimal:
    """Started hours at the hourly rate, each day capped; free within the grace period."""
    minutes = (left - entered).total_seconds() / 60
    if minutes < 0:
        raise ValueError("left before entering")
    if minutes <= GRACE_MINUTES:
        return Decimal("0.00")
    days, rest = divmod(minutes, 24 * 60)
    fee = int(days) * DAILY_CAP + min(math.ceil(rest / 60) * HOURLY, DAILY_CAP)
    return fee.quantize(Decimal("0.01"))
