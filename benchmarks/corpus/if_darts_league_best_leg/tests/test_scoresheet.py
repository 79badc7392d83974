import pytest

from darts.scoresheet import LegResult, parse_line, parse_sheet


def test_parse_sheet():
    assert parse_sheet("# league night\n\nSue 15 501 W 121\nAnn 15 300 L\n") == [
        LegResult("Sue", 15, 501, True, 121),
        LegResult("Ann", 15, 300, False, 0),
    ]


def test_bad_lines():
    for line in ["Sue 15 501", "Sue 15 501 X 20", "Sue 15 480 W 20"]:
        with pytest.raises(ValueError):
            parse_line(line)
