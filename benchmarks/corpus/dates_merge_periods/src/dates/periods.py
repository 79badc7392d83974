"""Calendar arithmetic for billing periods and leave requests."""

from __future__ import annotations

import re
from datetime import date, timedelta
from typing import Iterable, Iterator

_DAYS_IN_MONTH = (31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)
_DURATION_PART = re.compile(r"(\d+)\s*([dhms])")
_UNIT_SECONDS = {"d": 86400, "h": 3600, "m": 60, "s": 1}


def is_leap_year(year: int) -> bool:
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def days_in_month(year: int, month: int) -> int:
    if month == 2 and is_leap_year(year):
        return 29
    return _DAYS_IN_MONTH[month - 1]


def add_months(day: date, months: int) -> date:
    """The same day `months` later (or earlier), clipped to the end of shorter months."""
    index = day.month - 1 + months
    year = day.year + index // 12
    month = index % 12 + 1
    return date(year, month, min(day.day, days_in_month(year, month)))


def month_end(day: date) -> date:
    return day.replace(day=days_in_month(day.year, day.month))


def quarter_of(day: date) -> int:
    return (day.month - 1) // 3 + 1


def week_range(day: date) -> tuple[date, date]:
    """Monday and Sunday of the week holding `day`."""
    monday = day - timedelta(days=day.weekday())
    return monday, monday + timedelta(days=6)


def months_between(start: date, end: date) -> int:
    """Whole months from start to end; negative when end comes first."""
    months = (end.year - start.year) * 12 + end.month - start.month
    if end >= start and end.day < start.day:
        months -= 1
    elif end < start and end.day > start.day:
        months += 1
    return months


def fiscal_year(day: date, first_month: int = 4) -> int:
    """The fiscal year a date falls in, named after the calendar year it ends in."""
    return day.year + 1 if day.month >= first_month else day.year


def iter_days(start: date, end: date) -> Iterator[date]:
    """Every day from start to end, both included."""
    current = start
    while current <= end:
        yield current
        current += timedelta(days=1)


def business_days_between(start: date, end: date, holidays: Iterable[date] = ()) -> int:
    """Weekdays from start to end inclusive that are not holidays."""
    closed = set(holidays)
    count = 0
    for day in iter_days(start, end):
        if day.weekday() < 5 and day not in closed:
            count += 1
    return count


def next_weekday(day: date, weekday: int) -> date:
    """The first date after `day` falling on `weekday` (Monday is 0)."""
    ahead = (weekday - day.weekday()) % 7 or 7
    return day + timedelta(days=ahead)


def age_on(birthday: date, day: date) -> int:
    """Completed years between birthday and day."""
    years = day.year - birthday.year
    if (day.month, day.day) < (birthday.month, birthday.day):
        years -= 1
    return years


def parse_duration(text: str) -> int:
    """'1h 30m' -> 5400 seconds; units d, h, m, s; ValueError when nothing matches."""
    parts = _DURATION_PART.findall(text.lower())
    if not parts:
        raise ValueError(f"not a duration: {text!r}")
    return sum(int(amount) * _UNIT_SECONDS[unit] for amount, unit in parts)


def format_duration(seconds: int) -> str:
    """5400 -> '1h 30m'; zero is '0s'."""
    if seconds == 0:
        return "0s"
    parts = []
    for unit, size in _UNIT_SECONDS.items():
        amount, seconds = divmod(seconds, size)
        if amount:
            parts.append(f"{amount}{unit}")
    return " ".join(parts)


def overlaps(first: tuple[date, date], second: tuple[date, date]) -> bool:
    """Whether two inclusive periods share at least one day."""
    return first[0] <= second[1] and second[0] <= first[1]


def merge_periods(periods: Iterable[tuple[date, date]]) -> list[tuple[date, date]]:
    """Merge overlapping or back-to-back inclusive periods, in order."""
    merged: list[tuple[date, date]] = []
    for start, end in sorted(periods):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged


def billing_periods(start: date, count: int) -> list[tuple[date, date]]:
    """`count` consecutive monthly periods, each ending the day before the next begins."""
    periods = []
    for i in range(count):
        first = add_months(start, i)
        last = add_months(start, i + 1) - timedelta(days=1)
        periods.append((first, last))
    return periods


def leave_days(requests: Iterable[tuple[date, date]], holidays: Iterable[date] = ()) -> int:
    """Working days covered by leave requests; overlapping requests count once."""
    closed = list(holidays)
    return sum(business_days_between(start, end, closed) for start, end in merge_periods(requests))
