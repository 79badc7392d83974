import pytest

from flyers import read_entries


def test_read_entries(flyers):
    assert flyers["Maggie"].kite == "red octopus"
    assert flyers["Maggie"].giant
    assert not flyers["Des"].giant
    assert [f.area_m2 for f in flyers.values()] == [12.0, 2.5, 1.8, 4.0]


def test_second_entry_from_the_same_flyer():
    with pytest.raises(ValueError, match="already entered"):
        read_entries("Tom Pryce | delta | 2.5\ntom pryce | sled | 1.0")
