"""The practice's patient list, as far as recalls are concerned."""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date


@dataclass
class Patient:
    name: str
    last_checkup: date | None  # None for a new patient not yet seen
    recall_months: int = 6
    next_appointment: date | None = None
    opted_out: bool = False  # asked not to be sent reminders


def add_months(day: date, months: int) -> date:
    """The same day `months` later, or the month's last day if it is shorter."""
    month_index = day.month - 1 + months
    year, month = day.year + month_index // 12, month_index % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def recall_date(patient: Patient) -> date | None:
    if patient.last_checkup is None:
        return None
    return add_months(patient.last_checkup, patient.recall_months)
