import pytest

from quiltplan.units import format_yards, parse_inches


def test_parse_inches():
    assert parse_inches("4 1/2") == 4.5
    assert parse_inches('3/8"') == 0.375
    with pytest.raises(ValueError):
        parse_inches("0")


def test_format_yards():
    assert format_yards(1.25) == "1 1/4 yd"
    assert format_yards(0.75) == "3/4 yd"
    assert format_yards(2.0) == "2 yd"
