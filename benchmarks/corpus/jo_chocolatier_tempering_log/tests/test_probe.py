import pytest

from tempering.curves import curve_for
from tempering.probe import parse_log


def test_parse_log():
    text = """
    # kettle 2, dark 70%
    00:00 19.5
    01:30 33.0
    12:05 46.2
    """
    assert parse_log(text) == [(0, 19.5), (90, 33.0), (725, 46.2)]


def test_bad_line():
    with pytest.raises(ValueError, match="line 2"):
        parse_log("00:00 19.5\n0130 33.0")


def test_curve_for():
    assert curve_for(" Dark ").work_high == 32
    with pytest.raises(ValueError):
        curve_for("ruby")
