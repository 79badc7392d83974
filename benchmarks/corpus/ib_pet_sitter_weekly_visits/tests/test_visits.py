from datetime import date, time

from visits import Visit, parse_visit


def test_parse_visit():
    assert parse_visit("Biscuit 2024-03-04 08:30 45") == Visit("Biscuit", date(2024, 3, 4), time(8, 30), 45)


def test_default_length():
    assert parse_visit("Mango 2024-03-05 19:00").minutes == 30
