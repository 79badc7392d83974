from datetime import date

import pytest

from harvest import Load, parse_sheet


def test_parse_sheet():
    text = """
    2024-07-15  Maillette  420  14.5   # first cut
    2024-07-16  grosso     380  21  WET
    """
    assert parse_sheet(text) == [
        Load("maillette", 420.0, 14.5, date(2024, 7, 15)),
        Load("grosso", 380.0, 21.0, date(2024, 7, 16), wet=True),
    ]


def test_bad_line():
    with pytest.raises(ValueError, match="line 1"):
        parse_sheet("2024-07-15 grosso 380 21 damp")
