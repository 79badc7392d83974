from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal


@dataclass(frozen=True)
class Ticket:
    number: int
    performance: date
    paid: Decimal  # face value plus the booking fee
    booking_fee: Decimal = Decimal("1.50")

    @property
    def face_value(self) -> Decimal:
        return self.paid - self.booking_fee
