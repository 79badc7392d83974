"""Timesheet lines as exported from the tracker: `date;person;project;hours;status`."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

STATUSES = ("draft", "submitted", "approved", "rejected")


@dataclass(frozen=True)
class Entry:
    day: date
    person: str
    project: str
    hours: Decimal
    status: str = "submitted"


def parse_line(line: str) -> Entry:
    day, person, project, hours, status = (part.strip() for part in line.split(";"))
    if status not in STATUSES:
        raise ValueError(f"unknown status {status!r}")
    return Entry(date.fromisoformat(day), person, project, Decimal(hours), status)


def parse_export(text: str) -> list[Entry]:
    return [parse_line(line) for line in text.splitlines() if line.strip() and not line.startswith("#")]
