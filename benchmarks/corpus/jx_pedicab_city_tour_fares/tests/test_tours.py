from datetime import datetime

import pytest

from pedicab.tours import Tour

AFTERNOON = datetime(2024, 8, 3, 14, 0)


def test_daytime_fare():
    assert Tour("Jo", AFTERNOON, 30, 2).fare() == 14.0


def test_a_started_quarter_is_charged_in_full():
    assert Tour("Jo", AFTERNOON, 31, 2).fare() == 18.5
    assert Tour("Jo", AFTERNOON, 0, 1).fare() == 9.5


def test_third_passenger_supplement():
    assert Tour("Jo", AFTERNOON, 45, 3).fare() == 21.5


def test_four_passengers_refused():
    with pytest.raises(ValueError):
        Tour("Jo", AFTERNOON, 15, 4).fare()


def test_night_rate_rounded_up_to_50p():
    assert Tour("Jo", datetime(2024, 8, 3, 23, 15), 30, 2).fare() == 21.0
    assert Tour("Jo", datetime(2024, 8, 4, 2, 10), 10, 1).fare() == 14.5


def test_night_rate_starts_at_ten():
    assert Tour("Jo", datetime(2024, 8, 3, 21, 59), 15, 2).fare() == 9.5
    assert Tour("Jo", datetime(2024, 8, 3, 22, 0), 15, 2).fare() == 14.5
