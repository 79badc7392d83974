from datetime import date

from bins.holidays import is_working_day, parse_holidays

LIST = """
# England 2024
2024-03-29 Good Friday
2024-04-01 Easter Monday
2024-05-06 Early May bank holiday
"""


def test_parse_holidays():
    assert parse_holidays(LIST) == {date(2024, 3, 29), date(2024, 4, 1), date(2024, 5, 6)}


def test_working_days():
    holidays = parse_holidays(LIST)
    assert is_working_day(date(2024, 4, 2), holidays)
    assert not is_working_day(date(2024, 4, 1), holidays)
    assert not is_working_day(date(2024, 4, 6), holidays)
