import datetime
from decimal import Decimal

import pytest

from toolhire.pricing import day_rate, hire_note, hire_price

D = datetime.date


def test_weekend_and_spring_rates(tools):
    trimmer = tools["HT-1"]
    assert day_rate(trimmer, D(2024, 3, 13)) == Decimal("16.00")
    assert day_rate(trimmer, D(2024, 3, 16)) == Decimal("21.00")
    assert day_rate(trimmer, D(2024, 5, 15)) == Decimal("19.20")
    assert day_rate(tools["SC-2"], D(2024, 5, 15)) == Decimal("24.00")


def test_weekday_hire(tools):
    assert hire_price(tools["MX-5"], D(2024, 9, 10), 2) == Decimal("56.00")


def test_attachments_are_paid_every_day(tools):
    # Fri, Sat, Sun: 19 + 23 + 23, and two bits at 3.50 a day
    assert hire_price(tools["DR-9"], D(2024, 9, 13), 3, attachments=2) == Decimal("86.00")


def test_a_week_is_discounted(tools):
    # Monday to Sunday: five days at 24 and two at 30, 15 % off
    assert hire_price(tools["SC-2"], D(2024, 9, 9), 7) == Decimal("153.00")


def test_too_many_attachments(tools):
    with pytest.raises(ValueError):
        hire_price(tools["MX-5"], D(2024, 9, 10), 1, attachments=1)


def test_hire_note(tools):
    assert hire_note(tools["MX-5"], D(2024, 9, 10), 1) == "Cement mixer from Tue 10 Sep, back by Wed 11 Sep: GBP 28.00"
