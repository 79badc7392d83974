"""The course calendar, kept as a plain text file in the workshop:

    # code | title | day | forges | price (pounds a head)
    HOOK-0511 | Hooks and hangers | 2024-05-11 | 6 | 165
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True)
class Course:
    code: str
    title: str
    day: date
    places: int  # one student to a forge
    price: int


def read_courses(text: str) -> dict[str, Course]:
    courses = {}
    for number, line in enumerate(text.splitlines(), start=1):
        line = line.split("#", 1)[0].strip()
        if not line:
            continue
        fields = [field.strip() for field in line.split("|")]
        if len(fields) != 5:
            raise ValueError(f"line {number}: expected 5 fields, got {len(fields)}")
        code, title, day, places, price = fields
        if code in courses:
            raise ValueError(f"line {number}: {code} is listed twice")
        courses[code] = Course(code, title, date.fromisoformat(day), int(places), int(price))
    return courses
