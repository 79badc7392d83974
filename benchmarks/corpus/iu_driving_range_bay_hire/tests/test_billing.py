from decimal import Decimal

from range_desk.billing import bay_charge, day_takings, session_total


def test_short_session_pays_the_minimum(session):
    assert bay_charge(session("9:00", "9:20")) == Decimal("6.00")


def test_charged_in_started_quarter_hours(session):
    assert bay_charge(session("9:00", "10:10")) == Decimal("15.00")
    assert bay_charge(session("14:00", "15:00")) == Decimal("12.00")


def test_peak_rate(session):
    assert bay_charge(session("17:30", "17:50")) == Decimal("8.00")


def test_member_discount_is_on_the_bay_only(session):
    assert session_total(session("9:00", "9:25", buckets=2, member=True)) == Decimal("13.80")


def test_day_takings(session):
    sessions = [
        session("9:00", "9:20", buckets=1),
        session("10:00", "11:30", bay=2, buckets=3),
        session("18:00", "18:45", bay=1, member=True),
    ]
    assert day_takings(sessions) == {
        "bay hire": Decimal("33.60"),
        "balls": Decimal("18.00"),
        "total": Decimal("51.60"),
    }
