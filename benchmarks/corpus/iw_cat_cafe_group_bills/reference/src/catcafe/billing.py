"""Bills for a booking: one line per guest, and a discount on the cover for groups."""

from __future__ import annotations

from dataclasses import dataclass, field

from catcafe.menu import cover_charge, price

GROUP_SIZE = 6  # bookings of this many guests or more get money off the cover
GROUP_DISCOUNT = 0.10


@dataclass
class Visit:
    guest: str
    minutes: int
    orders: list[str] = field(default_factory=list)


@dataclass
class Bill:
    lines: list[tuple[str, float, float]]  # guest, cover, food and drink
    discount: float
    total: float


def bill(visits: list[Visit], weekend: bool = False) -> Bill:
    lines = []
    covers = 0.0
    extras = 0.0
    for visit in visits:
        cover = cover_charge(visit.minutes, weekend)
        food = round(sum(price(item) for item in visit.orders), 2)
        lines.append((visit.guest, cover, food))
        covers += cover
        extras += food
    discount = round(covers * GROUP_DISCOUNT, 2) if len(visits) >= GROUP_SIZE else 0.0
    return Bill(lines, discount, round(covers + extras - discount, 2))


def split_evenly(total: float, guests: int) -> list[float]:
    """Shares of the total in pence-exact amounts; the first guests pay the odd pennies."""
    pence = round(total * 100)
    share, odd = divmod(pence, guests)
    return [(share + (1 if k < odd else 0)) / 100 for k in range(guests)]
