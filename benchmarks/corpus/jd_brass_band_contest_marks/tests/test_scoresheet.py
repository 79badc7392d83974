import pytest

from scoresheet import parse_duration, parse_marks


def test_parse_marks():
    text = """
    # box 1
    Mr Childs: Hebden Bridge = 88
    Ms Sykes:  Hebden Bridge = 86.5   # second adjudicator
    """
    assert parse_marks(text) == [("Mr Childs", "Hebden Bridge", 88.0), ("Ms Sykes", "Hebden Bridge", 86.5)]


def test_marks_out_of_100():
    with pytest.raises(ValueError):
        parse_marks("Mr Childs: Ripley = 101")


def test_malformed_line():
    with pytest.raises(ValueError):
        parse_marks("Mr Childs Ripley 88")


def test_stopwatch():
    assert parse_duration("14:05") == 845
    with pytest.raises(ValueError):
        parse_duration("14:5")
