"""Patient records, as the practice management system exports them:

    number,name,last_checkup,interval_months,next_appointment,status,email
    D1042,Ann Price,2023-11-02,6,,registered,ann@example.org
"""

from __future__ import annotations

import calendar
import csv
from dataclasses import dataclass
from datetime import date
from typing import Iterable


@dataclass
class Patient:
    number: str
    name: str
    last_checkup: date | None
    interval_months: int = 6
    next_appointment: date | None = None
    registered: bool = True
    email: str = ""


def add_months(day: date, months: int) -> date:
    """The same day of the month, months later; the last day of the month when that
    month is shorter (31 January + 1 month is 28 or 29 February)."""
    index = day.month - 1 + months
    year, month = day.year + index // 12, index % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def _optional_date(text: str) -> date | None:
    text = text.strip()
    return date.fromisoformat(text) if text else None


def load_patients(lines: Iterable[str]) -> list[Patient]:
    patients = []
    for row in csv.DictReader(lines):
        interval = int(row["interval_months"] or 6)
        if not 3 <= interval <= 24:
            raise ValueError(f"{row['number']}: recall interval of {interval} months")
        patients.append(Patient(
            number=row["number"].strip(),
            name=row["name"].strip(),
            last_checkup=_optional_date(row["last_checkup"]),
            interval_months=interval,
            next_appointment=_optional_date(row["next_appointment"]),
            registered=row["status"].strip().lower() == "registered",
            email=row["email"].strip(),
        ))
    return patients
