"""Quoting a letterpress job: paper, plates, make-ready and press time."""

from __future__ import annotations

import math

from jobs import Job
from paper import STOCKS, ups

PLATE_COST = 38.0  # one photopolymer plate per colour per side
MAKE_READY = 25.0  # setting up the press for each pass
SPARE_SHEETS = 4  # per pass, for make-ready and misprints
RUN_COST_PER_HUNDRED = 6.5  # press time per hundred sheets per pass


def quote(job: Job) -> dict:
    """Parent sheets the job takes, the cost line by line, and the total."""
    stock = STOCKS[job.stock]
    per_sheet = ups(stock, job.width_mm, job.height_mm)
    if per_sheet == 0:
        raise ValueError(f"{job.width_mm}x{job.height_mm} does not fit on {stock.name}")
    sheets = round(job.copies / per_sheet) + SPARE_SHEETS * job.passes()
    lines = {
        "paper": round(sheets * stock.price_per_sheet, 2),
        "plates": PLATE_COST * job.passes(),
        "make_ready": MAKE_READY * job.passes(),
        "press": round(math.ceil(sheets / 100) * RUN_COST_PER_HUNDRED * job.passes(), 2),
    }
    return {"sheets": sheets, "lines": lines, "total": round(sum(lines.values()), 2)}


def sheets_to_order(jobs: list[Job]) -> dict[str, int]:
    """Parent sheets to take from the store for a batch of jobs, by stock."""
    needed: dict[str, int] = {}
    for job in jobs:
        needed[job.stock] = needed.get(job.stock, 0) + quote(job)["sheets"]
    return needed
