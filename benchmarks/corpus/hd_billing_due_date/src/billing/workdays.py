from __future__ import annotations

from datetime import date, timedelta

ONE_DAY = timedelta(days=1)


def is_workday(day: date, holidays: frozenset[date] = frozenset()) -> bool:
    return day.weekday() < 5 and day not in holidays


def workdays_after(start: date, count: int, holidays: frozenset[date] = frozenset()) -> date:
    """The `count`-th working day after `start`."""
    day = start
    while count > 0:
        day += ONE_DAY
        if is_workday(day, holidays):
            count -= 1
    return day


def workdays_before(start: date, count: int, holidays: frozenset[date] = frozenset()) -> date:
    """The `count`-th working day before `start`."""
    day = start
    while count > 0:
        day -= ONE_DAY
        if is_workday(day, holidays):
            count -= 1
    return day


def next_workday(day: date, holidays: frozenset[date] = frozenset()) -> date:
    while not is_workday(day, holidays):
        day += ONE_DAY
    return day
