from datetime import date

from crates import pounds, weeks_charged


def test_first_week_is_free():
    assert weeks_charged(date(2024, 3, 4), date(2024, 3, 4)) == 0
    assert weeks_charged(date(2024, 3, 4), date(2024, 3, 11)) == 0


def test_part_weeks_are_charged_whole():
    assert weeks_charged(date(2024, 3, 4), date(2024, 3, 12)) == 1
    assert weeks_charged(date(2024, 3, 4), date(2024, 3, 18)) == 1
    assert weeks_charged(date(2024, 3, 4), date(2024, 3, 19)) == 2


def test_pounds():
    assert pounds(6000) == "£60.00"
    assert pounds(2005) == "£20.05"
