"""Invoicing pupils (or their parents) for their lessons."""

from __future__ import annotations

from datetime import date
from decimal import ROUND_HALF_UP, Decimal

from .diary import Diary

# Pupils who book ten hours or more in a month get this off the hourly rate.
BLOCK_HOURS = 10
BLOCK_DISCOUNT = Decimal("0.10")


def monthly_invoice(diary: Diary, pupil: str, year: int, month: int, hourly_rate: Decimal) -> tuple[Decimal, Decimal]:
    """(hours, amount due) for the pupil's lessons in that month."""
    minutes = sum(lesson.minutes for lesson in diary.lessons
                  if lesson.pupil == pupil and (lesson.start.year, lesson.start.month) == (year, month))
    hours = Decimal(minutes) / 60
    rate = hourly_rate * (1 - BLOCK_DISCOUNT) if hours >= BLOCK_HOURS else hourly_rate
    return hours.quantize(Decimal("0.01")), (hours * rate).quantize(Decimal("0.01"), ROUND_HALF_UP)


def first_of_month(day: date) -> date:
    return day.replace(day=1)
