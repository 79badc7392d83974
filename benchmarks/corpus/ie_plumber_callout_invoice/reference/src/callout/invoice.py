from __future__ import annotations

import math
from dataclasses import dataclass, field

from .rates import (
    BLOCK_MINUTES,
    CALLOUT_FEE,
    EMERGENCY_UPLIFT,
    FREE_MILES,
    HOURLY_RATE,
    PARTS_MARKUP,
    PER_TEN_MILES,
    VAT_RATE,
)


@dataclass
class Job:
    customer: str
    minutes: int
    miles: float = 0
    emergency: bool = False
    parts: list[float] = field(default_factory=list)


def labour_charge(minutes: int, emergency: bool = False) -> float:
    """Labour for a job lasting `minutes`. Every half hour started is charged at
    half the hourly rate, and at least one hour is always charged. Emergency
    call-outs are charged at EMERGENCY_UPLIFT times the normal labour."""
    if minutes < 0:
        raise ValueError("a job cannot take negative time")
    blocks = math.ceil(minutes / BLOCK_MINUTES)
    blocks = max(blocks, 2)
    charge = blocks * HOURLY_RATE / 2
    if emergency:
        charge *= EMERGENCY_UPLIFT
    return round(charge, 2)


def travel_charge(miles: float) -> float:
    """The first FREE_MILES are free; after that, each ten miles started costs PER_TEN_MILES."""
    extra = max(miles - FREE_MILES, 0)
    return math.ceil(extra / 10) * PER_TEN_MILES


def invoice(job: Job) -> dict[str, float]:
    labour = labour_charge(job.minutes, job.emergency)
    parts = round(sum(job.parts) * (1 + PARTS_MARKUP), 2)
    travel = travel_charge(job.miles)
    net = round(CALLOUT_FEE + labour + parts + travel, 2)
    vat = round(net * VAT_RATE, 2)
    return {"labour": labour, "parts": parts, "travel": travel, "net": net, "vat": vat, "total": round(net + vat, 2)}
