from datetime import date

import pytest

from lifeguard.sheet import guards_on, parse_sheet

SHEET = """\
# July, main pool
2024-07-01: Amy, Ben
2024-07-02: -

2024-07-03: Ben ,Cara  # Cara covering for Dev
"""


def test_parse_sheet():
    assert parse_sheet(SHEET) == {
        "Amy": [date(2024, 7, 1)],
        "Ben": [date(2024, 7, 1), date(2024, 7, 3)],
        "Cara": [date(2024, 7, 3)],
    }


def test_line_without_colon():
    with pytest.raises(ValueError, match="line 2"):
        parse_sheet("2024-07-01: Amy\n2024-07-02 Ben\n")


def test_guards_on():
    duties = parse_sheet(SHEET)
    assert guards_on(duties, date(2024, 7, 3)) == ["Ben", "Cara"]
    assert guards_on(duties, date(2024, 7, 2)) == []
