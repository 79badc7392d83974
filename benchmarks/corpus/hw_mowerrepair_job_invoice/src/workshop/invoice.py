"""Invoices for repair jobs: labour by the started quarter hour, parts at
retail less the trade discount, a call-out fee for collections, VAT on the lot."""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal

from workshop.parts import price_of

CENT = Decimal("0.01")
LABOUR_PER_QUARTER = Decimal("11.25")
CALL_OUT = Decimal("25.00")
TRADE_DISCOUNT = Decimal("0.15")  # landscapers and councils: on parts only
VAT_RATE = Decimal("0.20")


@dataclass(frozen=True)
class Job:
    minutes: int
    parts: list[tuple[str, int]] = field(default_factory=list)
    collected: bool = False


@dataclass(frozen=True)
class Invoice:
    labour: Decimal
    parts: Decimal
    net: Decimal
    vat: Decimal
    total: Decimal


def money(amount: Decimal) -> Decimal:
    return amount.quantize(CENT, rounding=ROUND_HALF_UP)


def invoice(job: Job, trade: bool = False) -> Invoice:
    if job.minutes < 0:
        raise ValueError("negative time on a job")
    quarters = job.minutes // 15
    labour = LABOUR_PER_QUARTER * quarters
    parts = sum((price_of(code) * count for code, count in job.parts), Decimal("0"))
    net = labour + parts
    if trade:
        net -= net * TRADE_DISCOUNT
    if job.collected:
        net += CALL_OUT
    net = money(net)
    vat = money(net * VAT_RATE)
    return Invoice(money(labour), money(parts), net, vat, net + vat)


def month_total(invoices: list[Invoice]) -> Decimal:
    return sum((i.total for i in invoices), Decimal("0"))
