from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal


@dataclass(frozen=True)
class Lesson:
    student: str
    day: date
    minutes: int
    instrument: str = "piano"


@dataclass
class InvoiceLine:
    student: str
    lessons: int = 0
    minutes: int = 0
    amount: Decimal = Decimal("0.00")
