import pytest

from karting.passings import parse_passings


def test_parse_and_sort_by_time():
    assert parse_passings("7,45.0\n12, 3.85\n\n# comment\n7,3.1\n") == [(7, 3.1), (12, 3.85), (7, 45.0)]


def test_bad_line_names_its_number():
    with pytest.raises(ValueError, match="line 2"):
        parse_passings("7,3.1\nseven,45.0\n")
