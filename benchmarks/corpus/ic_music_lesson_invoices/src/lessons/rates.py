from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

from .models import Lesson

HOURLY = {"piano": Decimal("48"), "violin": Decimal("52"), "guitar": Decimal("44")}
DEFAULT_HOURLY = Decimal("45")
CENT = Decimal("0.01")


def lesson_price(lesson: Lesson) -> Decimal:
    hourly = HOURLY.get(lesson.instrument, DEFAULT_HOURLY)
    return (hourly * lesson.minutes / 60).quantize(CENT, rounding=ROUND_HALF_UP)
