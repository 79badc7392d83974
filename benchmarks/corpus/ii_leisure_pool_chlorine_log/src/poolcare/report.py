"""The end-of-day water report the duty manager signs."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from poolcare.limits import Limits
from poolcare.readings import Reading, first_closure, over_chlorinated, ph_ok


@dataclass(frozen=True)
class DayReport:
    readings: int
    lowest_chlorine: float | None
    ph_failures: int
    closed_at: datetime | None
    dosing_alerts: int


def day_report(readings: list[Reading], limits: Limits) -> DayReport:
    return DayReport(
        readings=len(readings),
        lowest_chlorine=min((r.free_chlorine for r in readings), default=None),
        ph_failures=sum(not ph_ok(r, limits) for r in readings),
        closed_at=first_closure(readings, limits),
        dosing_alerts=len(over_chlorinated(readings, limits)),
    )
