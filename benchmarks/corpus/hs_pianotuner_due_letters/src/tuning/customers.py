"""The tuner's customer book, as exported from the spreadsheet."""

from __future__ import annotations

import datetime
from dataclasses import dataclass


@dataclass
class Customer:
    address: str
    joined: datetime.date
    last_tuning: datetime.date | None = None
    booked: datetime.date | None = None  # the next visit, if one is booked
    every_months: int = 12  # teaching and concert pianos: 6
    phone: str = ""


def _date(text: str) -> datetime.date | None:
    return datetime.date.fromisoformat(text) if text.strip() else None


def read_customers(rows: list[dict[str, str]]) -> list[Customer]:
    return [
        Customer(row["address"], datetime.date.fromisoformat(row["joined"]), _date(row.get("last_tuning", "")),
                 _date(row.get("booked", "")), int(row.get("every_months") or 12), row.get("phone", "").strip())
        for row in rows
    ]
