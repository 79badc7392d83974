from dataclasses import replace

import pytest

from marquee.catalogue import dance_floor_area
from marquee.quote import Booking, quote


def test_wedding(wedding):
    q = quote(wedding)
    assert q["bays"] == 6
    assert q["total"] == 1992.0


def test_small_party_still_gets_both_gable_ends(drinks):
    q = quote(drinks)
    assert q["bays"] == 2
    assert q["total"] == 226.0


def test_extra_days_at_a_quarter(wedding):
    one = quote(wedding)
    three = quote(replace(wedding, days=3))
    assert three["frame and cover"] == one["frame and cover"] * 1.5
    assert three["lighting"] == one["lighting"]


def test_standing_reception_needs_no_furniture(drinks):
    q = quote(drinks)
    assert q["furniture"] == 0.0
    assert q["flooring"] == 0.0


def test_width_we_do_not_have():
    with pytest.raises(ValueError, match="widths"):
        quote(Booking(guests=50, width=10))


def test_booking_without_guests():
    with pytest.raises(ValueError):
        quote(Booking(guests=0))


def test_dance_floor_in_whole_panels():
    assert dance_floor_area(100) == 17
    assert dance_floor_area(6) == 1
