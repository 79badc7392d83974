from datetime import date
from decimal import Decimal

from lessons.models import Lesson
from lessons.rates import lesson_price


def test_half_hour_piano():
    assert lesson_price(Lesson("mia", date(2024, 3, 4), 30)) == Decimal("24.00")


def test_unknown_instrument_uses_default_rate():
    assert lesson_price(Lesson("mia", date(2024, 3, 4), 45, "cello")) == Decimal("33.75")
