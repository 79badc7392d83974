from datetime import date

import pytest

from timesheet.entries import Entry, parse
from timesheet.weeks import overtime, weekly_totals

SHEET = """
# week 10
2024-03-04  8    alpha  kickoff
2024-03-05  7.5  alpha
2024-03-08  4    beta   reviews
2024-03-10  2    beta   weekend deploy
2024-03-11  9    alpha
"""


def test_parse():
    entries = parse(SHEET)
    assert len(entries) == 5
    assert entries[0] == Entry(date(2024, 3, 4), 8.0, "alpha", "kickoff")


def test_parse_rejects_bad_hours():
    with pytest.raises(ValueError):
        parse("2024-03-04 25 alpha")


def test_weekly_totals():
    assert weekly_totals(parse(SHEET)) == {date(2024, 3, 4): 21.5, date(2024, 3, 11): 9.0}


def test_weekly_totals_for_one_project():
    assert weekly_totals(parse(SHEET), project="beta") == {date(2024, 3, 4): 6.0}


def test_overtime():
    assert overtime(parse(SHEET), contract_hours=20) == {date(2024, 3, 4): 1.5}
