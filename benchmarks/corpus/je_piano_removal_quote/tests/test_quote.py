from datetime import date

import pytest

from removals.quote import Job, crew_needed, quote

WEDNESDAY = date(2024, 6, 12)
SATURDAY = date(2024, 6, 15)


def test_ground_floor_to_ground_floor_within_ten_miles():
    assert quote(Job("upright", 10, 0, 0, WEDNESDAY)) == 180.0


def test_miles_beyond_the_first_ten():
    assert quote(Job("upright", 30, 0, 0, WEDNESDAY)) == 230.0


def test_short_local_move_costs_the_base_price():
    assert quote(Job("upright", 3, 0, 0, WEDNESDAY)) == 180.0


def test_stairs_at_both_addresses():
    assert quote(Job("baby grand", 10, 1, 2, WEDNESDAY)) == 440.0


def test_weekend_surcharge_is_not_charged_on_tuning():
    assert quote(Job("upright", 10, 0, 0, SATURDAY, tuning=True)) == 291.0


def test_negative_miles():
    with pytest.raises(ValueError):
        quote(Job("upright", -4, 0, 0, WEDNESDAY))


def test_crew():
    assert crew_needed(Job("upright", 10, 4, 0, WEDNESDAY)) == 2
    assert crew_needed(Job("grand", 10, 0, 3, WEDNESDAY)) == 5
