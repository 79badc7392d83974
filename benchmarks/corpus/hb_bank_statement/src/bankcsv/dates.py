"""Dates as banks write them in their exports."""

from __future__ import annotations

import re
from datetime import date

_ISO = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")
_DAY_FIRST = re.compile(r"(\d{1,2})[./](\d{1,2})[./](\d{2}|\d{4})")
_MONTHS = {name: n for n, name in enumerate(
    ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"], start=1)}
_TEXT = re.compile(r"(\d{1,2}) ([A-Za-z]{3})[a-z]* (\d{4})")


def parse_date(text: str) -> date:
    """ISO (2024-03-17), day first (17/03/2024, 17.03.24) or with the month's
    name (17 Mar 2024). Two-digit years are in this century."""
    text = text.strip()
    match = _ISO.fullmatch(text)
    if match:
        year, month, day = map(int, match.groups())
        return date(year, month, day)
    match = _TEXT.fullmatch(text)
    if match:
        month = _MONTHS.get(match.group(2).lower())
        if month is None:
            raise ValueError(f"unknown month in {text!r}")
        return date(int(match.group(3)), month, int(match.group(1)))
    match = _DAY_FIRST.fullmatch(text)
    if not match:
        raise ValueError(f"unrecognised date {text!r}")
    day, month, year = map(int, match.groups())
    if year < 100:
        year += 2000
    return date(year, day, month)
