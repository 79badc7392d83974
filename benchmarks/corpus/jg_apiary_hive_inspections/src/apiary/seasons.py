"""When the hives get opened."""

from __future__ import annotations

from datetime import date

SWARM_MONTHS = (4, 5, 6, 7)  # April to July: weekly, to catch queen cells before they hatch
WINTER_MONTHS = (11, 12, 1, 2)  # the cluster is left alone; hefting only


def inspection_interval(day: date) -> int | None:
    """Days between full inspections at this time of year, or None in winter."""
    if day.month in WINTER_MONTHS:
        return None
    if day.month in SWARM_MONTHS:
        return 7
    return 14
