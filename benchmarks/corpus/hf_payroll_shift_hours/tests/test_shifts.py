from datetime import date, time
from decimal import Decimal

from payroll.shifts import Shift, parse_shift


def test_parse_shift():
    assert parse_shift("ana 2024-04-02 08:00-16:30 30") == Shift("ana", date(2024, 4, 2), time(8), time(16, 30), 30)
    assert parse_shift("ben 2024-04-03 22:00-01:00 call").call_out


def test_paid_hours():
    assert parse_shift("ana 2024-04-02 08:00-16:30 30").paid_hours() == Decimal("8")


def test_night_shift_ends_the_next_day():
    assert parse_shift("ben 2024-04-02 22:00-06:00 45").paid_hours() == Decimal("7.25")


def test_clocked_time_is_rounded_to_the_nearest_quarter():
    assert parse_shift("ana 2024-04-02 07:56-16:00 30").paid_hours() == Decimal("7.5")
    assert parse_shift("ana 2024-04-02 07:49-16:00 30").paid_hours() == Decimal("7.75")


def test_call_out_minimum():
    assert parse_shift("cy 2024-04-03 23:10-23:55 call").paid_hours() == Decimal("2")
    assert parse_shift("cy 2024-04-03 22:00-00:20 call").paid_hours() == Decimal("2.5")
