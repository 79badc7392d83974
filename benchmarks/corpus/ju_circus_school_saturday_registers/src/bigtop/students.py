"""The Saturday bookings, as exported from the booking site."""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True)
class Student:
    name: str
    born: date
    waiver_signed: bool
    harness: str | None  # size of harness fitted at the school, if any
    classes: tuple[str, ...]  # "aerial", "ground"


def age_on(born: date, day: date) -> int:
    years = day.year - born.year
    if (day.month, day.day) < (born.month, born.day):
        years -= 1
    return years


def read_bookings(text: str) -> list[Student]:
    """CSV with columns name,born,waiver,harness,classes; classes joined with '+'."""
    students = []
    for row in csv.DictReader(io.StringIO(text.strip())):
        students.append(
            Student(
                name=row["name"].strip(),
                born=date.fromisoformat(row["born"].strip()),
                waiver_signed=row["waiver"].strip().lower() == "yes",
                harness=row["harness"].strip() or None,
                classes=tuple(c.strip() for c in row["classes"].split("+") if c.strip()),
            )
        )
    return students
