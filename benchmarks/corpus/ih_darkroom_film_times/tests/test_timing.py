import pytest

from darkroom.timing import development_time, format_minutes


def test_box_speed_at_twenty_degrees():
    assert development_time("HP5 Plus", "ID-11") == 7.5


def test_dilution():
    assert development_time("HP5 Plus", "ID-11", dilution="1+1") == 13.0


def test_warm_darkroom_shortens_the_time():
    assert development_time("HP5 Plus", "ID-11", temp_c=24) == 5.25


def test_cold_tap_water_lengthens_the_time():
    assert development_time("FP4 Plus", "ID-11", temp_c=18, dilution="1+1") == 13.25


def test_push_one_stop():
    assert development_time("HP5 Plus", "ID-11", push=1) == 9.75


def test_hp5_at_1600():
    assert development_time("HP5 Plus", "ID-11", push=2) == 12.0


def test_pull_one_stop():
    assert development_time("FP4 Plus", "ID-11", push=-1) == 6.75


def test_pulled_delta_is_shorter_than_box_speed():
    assert development_time("Delta 100", "DD-X", push=-2) < development_time("Delta 100", "DD-X")


def test_too_hot():
    with pytest.raises(ValueError):
        development_time("HP5 Plus", "ID-11", temp_c=30)


def test_too_short_to_develop_evenly():
    with pytest.raises(ValueError, match="too short"):
        development_time("HP5 Plus", "Rodinal", temp_c=26, dilution="1+25")


def test_format_minutes():
    assert format_minutes(7.25) == "7:15"
    assert format_minutes(13.0) == "13:00"
