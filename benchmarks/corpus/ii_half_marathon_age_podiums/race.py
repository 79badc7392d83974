"""Results as the timing company delivers them for the Vale half marathon."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime


@dataclass(frozen=True)
class Result:
    bib: int
    name: str
    category: str  # "M", "F", "M40", "F40", "M50", ...
    wave: str  # "A", "B", "C": the waves start a few minutes apart
    crossed_start: datetime | None  # chip read on the start mat; None when it was missed
    finished: datetime | None  # None: did not finish


def category(sex: str, born: date, race_day: date) -> str:
    """The age category on race day: open under 40, then by decade of age."""
    age = race_day.year - born.year - ((race_day.month, race_day.day) < (born.month, born.day))
    if age < 40:
        return sex
    return f"{sex}{min(age // 10 * 10, 70)}"


def parse_clock(text: str, day: date) -> datetime | None:
    """'09:31:07' on race day, or None for the timing company's '--'."""
    if text.strip() in ("", "--"):
        return None
    hours, minutes, seconds = (int(part) for part in text.split(":"))
    return datetime(day.year, day.month, day.day, hours, minutes, seconds)
