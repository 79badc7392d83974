"""The shop's working calendar: open Monday to Saturday, closed on Sundays and the
public holidays in HOLIDAYS."""

from __future__ import annotations

import datetime

HOLIDAYS = {datetime.date(2024, 5, 1), datetime.date(2024, 5, 9), datetime.date(2024, 5, 20), datetime.date(2024, 12, 25)}


def is_open(day: datetime.date) -> bool:
    return day.weekday() != 6 and day not in HOLIDAYS


def add_work_days(day: datetime.date, count: int) -> datetime.date:
    """The count-th open day after day."""
    while count > 0:
        day += datetime.timedelta(days=1)
        if is_open(day):
            count -= 1
    return day
