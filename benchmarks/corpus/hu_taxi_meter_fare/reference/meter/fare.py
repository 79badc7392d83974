"""What the meter shows at the end of a trip."""

from __future__ import annotations

import datetime
from decimal import ROUND_HALF_UP, Decimal

from meter.tariff import Tariff, tariff_at

CENT = Decimal("0.01")


def fare(distance_m: int, waiting_s: int, tariff: Tariff) -> Decimal:
    """The flag fall, one increment per started unit of distance past the distance
    the flag fall covers, and one per started minute spent waiting."""
    if distance_m < 0 or waiting_s < 0:
        raise ValueError("distance and waiting time cannot be negative")
    beyond = max(0, distance_m - tariff.included_m)
    units = -(-beyond // tariff.unit_m)
    minutes = -(-waiting_s // 60)
    amount = tariff.flag_fall + units * tariff.per_unit + minutes * tariff.per_minute
    return amount.quantize(CENT, rounding=ROUND_HALF_UP)


def trip_fare(start: datetime.datetime, distance_m: int, waiting_s: int, passengers: int = 1) -> Decimal:
    """The fare at the tariff in force when the trip started, plus 1.00 for each
    passenger past the fourth."""
    if passengers < 1:
        raise ValueError("no passengers")
    surcharge = Decimal(max(0, passengers - 4))
    return fare(distance_m, waiting_s, tariff_at(start)) + surcharge
