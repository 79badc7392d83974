"""Pricing a visit to a customer's garden."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from treework import rates
from treework.jobs import Job, Site

PENNY = Decimal("0.01")


@dataclass(frozen=True)
class Quote:
    labour: Decimal
    disposal: Decimal
    fees: Decimal
    vat: Decimal

    @property
    def total(self) -> Decimal:
        return self.labour + self.disposal + self.fees + self.vat


def quote(site: Site, jobs: list[Job]) -> Quote:
    """Price a visit. Labour is charged per crew-hour, at the climbing rate for trees
    taller than the ground crew can reach. Every job but an inspection leaves wood
    and brash, which we chip and take away unless the customer keeps it. Trees under
    a preservation order need a council notice, charged once per visit, and short
    visits pay the call-out charge. VAT is on the lot."""

    def disposal(job: Job) -> Decimal:
        if job.work == "inspect" or site.keeps_wood:
            return Decimal("0")
        return rates.DISPOSAL_PER_M * Decimal(str(job.tree.height_m))

    labour = Decimal("0")
    waste = Decimal("0")
    for job in jobs:
        climbing = job.tree.height_m > rates.GROUND_REACH_M
        rate = rates.CLIMBING_RATE if climbing else rates.GROUND_RATE
        labour += rate * Decimal(str(job.hours))
        waste += disposal(job)
    fees = Decimal("0")
    if any(job.tree.protected for job in jobs):
        fees += rates.TPO_NOTICE_FEE
    if sum(job.hours for job in jobs) < rates.MINIMUM_HOURS:
        fees += rates.CALL_OUT
    vat = ((labour + waste + fees) * rates.VAT_RATE).quantize(PENNY, ROUND_HALF_UP)
    return Quote(labour.quantize(PENNY), waste.quantize(PENNY), fees, vat)
