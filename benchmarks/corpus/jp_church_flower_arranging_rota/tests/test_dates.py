from datetime import date

import pytest

from flowerrota.dates import parse_away, sundays


def test_sundays():
    assert sundays(date(2024, 6, 1), date(2024, 6, 16)) == [date(2024, 6, 2), date(2024, 6, 9), date(2024, 6, 16)]
    assert sundays(date(2024, 6, 2), date(2024, 6, 2)) == [date(2024, 6, 2)]


def test_parse_away():
    text = "Joan: 2024-06-09, 2024-06-16\n\nMr Ellis: 2024-07-07"
    assert parse_away(text) == {"Joan": {date(2024, 6, 9), date(2024, 6, 16)}, "Mr Ellis": {date(2024, 7, 7)}}


def test_parse_away_needs_a_name():
    with pytest.raises(ValueError):
        parse_away("2024-06-09")
