import pytest

from sheet import Stone, in_house, parse_end


def test_parse_end():
    text = """
    # 4th end
    Red 0.30 -0.20
    yellow  1.1 0.0
    """
    assert parse_end(text) == [Stone("red", 0.3, -0.2), Stone("yellow", 1.1, 0.0)]


def test_bad_line():
    with pytest.raises(ValueError, match="line 2"):
        parse_end("red 0 0\nyellow 0.5")


def test_biter_is_in_the_house():
    assert in_house(Stone("red", 1.95, 0.0))
    assert not in_house(Stone("red", 0.0, 2.0))
