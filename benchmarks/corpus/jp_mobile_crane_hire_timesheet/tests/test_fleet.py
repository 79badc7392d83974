import pytest

from fleet import crane_for


def test_smallest_crane_that_lifts_it():
    assert crane_for(4.5).name == "Franna AT-20 pick-and-carry"
    assert crane_for(5.5).name == "Liebherr LTM 1040"


def test_too_heavy():
    with pytest.raises(ValueError):
        crane_for(30)
