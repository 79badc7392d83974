from datetime import date, datetime

from race import category, parse_clock

RACE_DAY = date(2024, 4, 14)


def test_open_category_under_forty():
    assert category("F", date(1990, 1, 1), RACE_DAY) == "F"


def test_fortieth_birthday_after_race_day():
    assert category("M", date(1984, 4, 15), RACE_DAY) == "M"
    assert category("M", date(1984, 4, 14), RACE_DAY) == "M40"


def test_veterans_top_out_at_seventy():
    assert category("F", date(1946, 6, 1), RACE_DAY) == "F70"
    assert category("M", date(1962, 1, 9), RACE_DAY) == "M60"


def test_parse_clock():
    assert parse_clock("09:31:07", RACE_DAY) == datetime(2024, 4, 14, 9, 31, 7)
    assert parse_clock("--", RACE_DAY) is None
