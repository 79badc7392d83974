"""Seats and orders at the Playhouse box office. Prices in pence."""

from __future__ import annotations

from dataclasses import dataclass, field

BAND_PRICES = {"stalls": 2400, "circle": 1950, "gallery": 1200}


@dataclass(frozen=True)
class Seat:
    row: str
    number: int
    band: str

    @property
    def label(self) -> str:
        return f"{self.row}{self.number}"


@dataclass
class Order:
    performance: str  # "2024-11-14 19:30"
    seats: list[Seat] = field(default_factory=list)
    discount: int = 0  # pence off
    voucher: str | None = None

    @property
    def subtotal(self) -> int:
        return sum(BAND_PRICES[seat.band] for seat in self.seats)

    @property
    def total(self) -> int:
        return max(0, self.subtotal - self.discount)
