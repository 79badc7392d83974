"""The quarterly Retail Gift Aid claim: 25p on every pound of donated goods sold
for donors who had a declaration in force on the day of the sale."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from giftaid.donors import Donor

RATE = Decimal("0.25")
PENNY = Decimal("0.01")


@dataclass(frozen=True)
class Sale:
    donor_code: str
    item: str
    sold_on: date
    price: Decimal


@dataclass(frozen=True)
class ClaimLine:
    donor_code: str
    sold_on: date
    price: Decimal
    gift_aid: Decimal


def claim_lines(sales: list[Sale], donors: dict[str, Donor]) -> list[ClaimLine]:
    """One line per claimable sale, by date and then donor. A sale is claimable when
    its donor had signed a declaration on or before the day it sold and had not
    withdrawn it by then; sales with no known donor are left out."""
    lines = []
    for sale in sorted(sales, key=lambda s: (s.sold_on, s.donor_code)):
        donor = donors.get(sale.donor_code)
        if donor is None or donor.declared is None or donor.declared > sale.sold_on:
            continue
        if donor.withdrawn is not None and donor.withdrawn <= sale.sold_on:
            continue
        gift_aid = (sale.price * RATE).quantize(PENNY)
        lines.append(ClaimLine(sale.donor_code, sale.sold_on, sale.price, gift_aid))
    return lines


def claim_total(lines: list[ClaimLine]) -> Decimal:
    return sum((line.gift_aid for line in lines), Decimal("0.00"))


def donor_letters(lines: list[ClaimLine], threshold: Decimal = Decimal("100")) -> dict[str, Decimal]:
    """Donors whose goods raised more than `threshold` and who must be written to, with their sales."""
    raised: dict[str, Decimal] = {}
    for line in lines:
        raised[line.donor_code] = raised.get(line.donor_code, Decimal("0")) + line.price
    return {code: amount for code, amount in raised.items() if amount > threshold}
