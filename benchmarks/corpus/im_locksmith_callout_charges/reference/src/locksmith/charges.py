"""The bill: call-out fee, labour in quarter hours, parts, and VAT."""

from __future__ import annotations

import math

from locksmith.jobs import Job

CALLOUT = 45.00
OUT_OF_HOURS_CALLOUT = 85.00
DAY_STARTS, DAY_ENDS = 8, 18
QUARTER_HOUR_RATE = 12.50
FIRST_QUARTERS_FREE = 2  # the first half hour on site is in the call-out fee
VAT = 0.20


def out_of_hours(job: Job) -> bool:
    """Priced by when the customer rang, not when the van turned up."""
    return job.called_at.weekday() >= 5 or not DAY_STARTS <= job.called_at.hour < DAY_ENDS


def callout_fee(job: Job) -> float:
    return OUT_OF_HOURS_CALLOUT if out_of_hours(job) else CALLOUT


def labour_charge(job: Job) -> float:
    """Time on site, in quarter hours started, less the half hour the call-out covers."""
    minutes = (job.finished_at - job.arrived_at).total_seconds() / 60
    quarters = math.ceil(minutes / 15)
    return max(quarters - FIRST_QUARTERS_FREE, 0) * QUARTER_HOUR_RATE


def bill(job: Job) -> dict[str, float]:
    net = callout_fee(job) + labour_charge(job) + sum(price for _, price in job.parts)
    vat = round(net * VAT, 2)
    return {
        "callout": callout_fee(job),
        "labour": labour_charge(job),
        "parts": round(sum(price for _, price in job.parts), 2),
        "vat": vat,
        "total": round(net + vat, 2),
    }
