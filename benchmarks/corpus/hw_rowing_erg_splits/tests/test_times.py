import pytest

from erg.times import format_split, parse_split, read_piece, watts


def test_parse_and_format():
    assert parse_split("1:52.3") == pytest.approx(112.3)
    assert format_split(112.3) == "1:52.3"
    assert format_split(119.96) == "2:00.0"


def test_bad_split():
    with pytest.raises(ValueError):
        parse_split("1:75.0")


def test_watts_at_two_minutes():
    assert watts(120) == pytest.approx(202.5, abs=0.1)


def test_read_piece():
    assert read_piece("# 2k test\n1:50.0\n\n1:52.5\n") == [110.0, 112.5]
