import pytest

from scorebook.overs import format_overs, parse_overs, run_rate


def test_parse_and_format():
    assert parse_overs("12.3") == 75
    assert parse_overs("4") == 24
    assert format_overs(75) == "12.3"


def test_six_balls_is_not_an_over_figure():
    with pytest.raises(ValueError):
        parse_overs("3.6")


def test_run_rate():
    assert run_rate(45, parse_overs("7.3")) == 6.0
    assert run_rate(0, 0) == 0.0
