import datetime

import pytest

from sweeping.rules import Rule, parse_rule


def test_parse_fortnightly():
    assert parse_rule("Elm Street: thu every 2 weeks from 2024-03-07") == Rule("Elm Street", 3, 2, datetime.date(2024, 3, 7))


def test_parse_weekly():
    assert parse_rule("Market Square: Monday weekly from 2023-01-02").every_weeks == 1


def test_first_date_must_fall_on_the_weekday():
    with pytest.raises(ValueError):
        parse_rule("Elm Street: thu every 2 weeks from 2024-03-08")
