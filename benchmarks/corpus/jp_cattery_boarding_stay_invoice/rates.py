"""Prices at Whiskers Lodge for the 2024 season."""

from __future__ import annotations

from datetime import date

FIRST_CAT = 16.50  # a night, for the first cat in a pen
SHARING_CAT = 11.00  # a night, for each further cat from the same home sharing the pen
PEAK_SUPPLEMENT = 3.00  # a cat a night, on peak nights
MEDICATION = 2.50  # a night, for each cat that needs tablets or drops


def is_peak(night: date) -> bool:
    """The school summer holidays (20 July to the end of August) and Christmas
    (20 December to 2 January)."""
    month_day = (night.month, night.day)
    if (7, 20) <= month_day <= (8, 31):
        return True
    return month_day >= (12, 20) or month_day <= (1, 2)
