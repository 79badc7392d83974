"""What the band charges for a gig.

The fee covers four players and up to three hours of dancing; longer gigs are
charged by the started half hour, and a dance that runs past 23:30 carries a late
fee for the taxi home of whoever is not driving. Travel is paid by the car, there
and back, for the miles beyond the first 25.
"""

from __future__ import annotations

import math
from datetime import datetime, time, timedelta

from gigfees.gigs import Gig

BAND_FEE = 450.0
EXTRA_PLAYER = 110.0
BASE_HOURS = 3
EXTRA_HALF_HOUR = 40.0
CALLER_FEE = 120.0
LATE_AFTER = time(23, 30)
LATE_FEE = 60.0
FREE_MILES = 25
PER_MILE = 0.45
SEATS_PER_CAR = 4


def quote(gig: Gig) -> dict[str, float]:
    """The lines of the quote, and their total."""

    def dancing() -> tuple[datetime, datetime]:
        start = datetime.combine(gig.day, gig.start)
        end = datetime.combine(gig.day, gig.finish)
        if end <= start:  # finishes after midnight
            end += timedelta(days=1)
        return start, end

    start, end = dancing()
    hours = (end - start).total_seconds() / 3600
    lines = {"band": BAND_FEE + EXTRA_PLAYER * max(0, gig.players - 4)}
    half_hours = max(0, math.ceil((hours - BASE_HOURS) * 2))
    if half_hours:
        lines["extra time"] = half_hours * EXTRA_HALF_HOUR
    if gig.caller:
        lines["caller"] = CALLER_FEE
    if end > datetime.combine(gig.day, LATE_AFTER):
        lines["late finish"] = LATE_FEE
    cars = math.ceil((gig.players + gig.caller) / SEATS_PER_CAR)
    miles = max(0.0, gig.miles - FREE_MILES)
    if miles:
        lines["travel"] = round(cars * 2 * miles * PER_MILE, 2)
    lines["total"] = round(sum(lines.values()), 2)
    return lines
