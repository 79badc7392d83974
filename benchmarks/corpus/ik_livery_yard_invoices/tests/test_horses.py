from datetime import date

import pytest

from livery.horses import Horse, nights_in, rate

MARCH = (date(2024, 3, 1), date(2024, 3, 31))


def test_whole_month():
    assert nights_in(Horse("Duke", "Ms Hale", "full", date(2023, 5, 2)), *MARCH) == 31


def test_arrived_mid_month():
    assert nights_in(Horse("Duke", "Ms Hale", "full", date(2024, 3, 20)), *MARCH) == 12


def test_went_home_mid_month():
    assert nights_in(Horse("Duke", "Ms Hale", "full", date(2023, 5, 2), left=date(2024, 3, 10)), *MARCH) == 9


def test_not_on_the_yard_that_month():
    assert nights_in(Horse("Duke", "Ms Hale", "full", date(2024, 4, 2)), *MARCH) == 0
    assert nights_in(Horse("Duke", "Ms Hale", "full", date(2023, 5, 2), left=date(2024, 2, 1)), *MARCH) == 0


def test_rate():
    assert rate("part") == 21.5
    with pytest.raises(ValueError):
        rate("DIY")
