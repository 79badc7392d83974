import pytest

from boreholes.geology import Log, expected_rock_head, proposed_depth

LOGS = [Log(400, 12, 38), Log(1500, 15, 44), Log(2600, 30, 70)]


def test_rock_head_from_nearby_logs_rounded_up():
    assert expected_rock_head(LOGS) == 14.0


def test_depth_below_deepest_strike_to_the_next_five_metres():
    assert proposed_depth(LOGS) == 60.0


def test_no_logs_nearby():
    with pytest.raises(LookupError):
        proposed_depth([Log(2600, 30, 70)])
