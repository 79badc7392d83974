import pytest

from rota.clock import format_hhmm, parse_hhmm
from rota.duties import Duty, Leg


def test_driving_minutes(early_duty):
    assert early_duty.driving_minutes() == 395


def test_summary(early_duty):
    assert early_duty.summary() == "E14 Priya: 4 legs, 6h35 driving"


def test_break_resets_the_driving_time(early_duty):
    assert early_duty.breaches() == []


def test_no_break_at_all():
    duty = Duty("L3", "Tom", [
        Leg.parse("31", "05:00-07:00"),
        Leg.parse("31", "07:10-09:00"),
        Leg.parse("31", "09:15-10:00"),
    ])
    assert duty.breaches() == ["09:15"]


def test_legs_out_of_order():
    duty = Duty("L4", "Tom", [
        Leg.parse("31", "09:15-10:00"),
        Leg.parse("31", "05:00-07:00"),
        Leg.parse("31", "07:10-09:00"),
    ])
    assert duty.breaches() == ["09:15"]


def test_parse_leg():
    assert Leg.parse("7", "05:30-07:10") == Leg("7", 330, 430)


def test_clock():
    assert parse_hhmm(" 13:05") == 785
    assert format_hhmm(785) == "13:05"
    with pytest.raises(ValueError):
        parse_hhmm("24:10")
