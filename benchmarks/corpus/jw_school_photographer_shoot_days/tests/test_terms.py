from datetime import date

from schoolphotos.terms import closed_days, is_school_day


def test_closed_days():
    closed = closed_days("""
        2024-10-28 to 2024-11-01
        2024-09-13
    """)
    assert len(closed) == 6
    assert date(2024, 10, 30) in closed and date(2024, 9, 13) in closed


def test_is_school_day():
    assert is_school_day(date(2024, 9, 2), set())
    assert not is_school_day(date(2024, 9, 7), set())
    assert not is_school_day(date(2024, 9, 13), {date(2024, 9, 13)})
