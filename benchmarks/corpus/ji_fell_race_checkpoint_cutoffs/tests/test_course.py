import pytest

from course import Checkpoint, clock, hours_minutes, read_course


def test_read_course(ennerdale):
    assert ennerdale.name == "Ennerdale Horseshoe"
    assert ennerdale.checkpoints[0] == Checkpoint("CP1", "Great Borne", None)
    assert ennerdale.checkpoints[1] == Checkpoint("CP2", "Red Pike", 6300)


def test_bad_line():
    with pytest.raises(ValueError):
        read_course("CP1 Great Borne\nRed Pike cutoff 1:45")


def test_times():
    assert hours_minutes("3:30") == 12600
    assert clock("10:41:10") == 38470
    with pytest.raises(ValueError):
        hours_minutes("3:5")
