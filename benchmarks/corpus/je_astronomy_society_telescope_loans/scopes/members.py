"""The society's members, as the membership secretary's spreadsheet exports them."""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True)
class Member:
    name: str
    email: str
    paid_until: date

    def may_borrow(self, day: date) -> bool:
        """Only members whose subscription is paid up can take a telescope home."""
        return day <= self.paid_until


def read_members(text: str) -> dict[str, Member]:
    members = {}
    for row in csv.DictReader(io.StringIO(text.strip())):
        name = row["name"].strip()
        members[name] = Member(name, row["email"].strip().lower(), date.fromisoformat(row["paid_until"].strip()))
    return members
