from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import datetime
from decimal import ROUND_HALF_UP, Decimal

from walkies.rates import BANK_HOLIDAYS, BLOCK_MINUTES, BLOCK_PRICE, EXTRA_DOG, WEEKEND_SURCHARGE

PENNY = Decimal("0.01")


@dataclass(frozen=True)
class Walk:
    client: str
    start: datetime
    minutes: int
    dogs: int = 1


def walk_charge(walk: Walk) -> Decimal:
    """Walks are charged by the half hour, a started half hour as a whole one, with
    EXTRA_DOG a half hour for every dog after the first. Saturdays, Sundays and bank
    holidays carry the weekend surcharge on the whole price."""
    if walk.minutes <= 0:
        raise ValueError("a walk takes some time")
    if walk.dogs < 1:
        raise ValueError("a walk needs a dog")
    blocks = -(-walk.minutes // BLOCK_MINUTES)
    price = blocks * (BLOCK_PRICE + EXTRA_DOG * (walk.dogs - 1))
    day = walk.start.date()
    if day.weekday() >= 6 or day in BANK_HOLIDAYS:
        price += price * WEEKEND_SURCHARGE
    return price.quantize(PENNY, rounding=ROUND_HALF_UP)


def invoices(walks: list[Walk]) -> dict[str, Decimal]:
    """What each client owes for the walks given."""
    totals: dict[str, Decimal] = defaultdict(lambda: Decimal("0.00"))
    for walk in walks:
        totals[walk.client] += walk_charge(walk)
    return dict(totals)


def invoice_lines(walks: list[Walk], client: str) -> list[str]:
    """The client's walks in date order, one line each, as they go on the invoice."""
    lines = []
    for walk in sorted((w for w in walks if w.client == client), key=lambda w: w.start):
        dogs = "1 dog" if walk.dogs == 1 else f"{walk.dogs} dogs"
        lines.append(f"{walk.start:%a %d %b %H:%M}  {walk.minutes} min, {dogs}  £{walk_charge(walk)}")
    return lines
