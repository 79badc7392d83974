from datetime import date

import pytest

from booking import parse_booking


def test_parse_booking():
    stay = parse_booking("Hughes | Tigger*, Smudge | 2024-07-18 | 2024-07-25")
    assert stay.household == "Hughes"
    assert [(cat.name, cat.medicated) for cat in stay.cats] == [("Tigger", True), ("Smudge", False)]
    assert stay.check_in == date(2024, 7, 18)
    assert stay.nights == 7


def test_same_day_is_one_night():
    assert parse_booking("Okafor | Biscuit | 2024-03-02 | 2024-03-02").nights == 1


def test_check_out_before_check_in():
    with pytest.raises(ValueError):
        parse_booking("Okafor | Biscuit | 2024-03-05 | 2024-03-02")
