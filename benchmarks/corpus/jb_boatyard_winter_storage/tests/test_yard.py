import pytest

from boatyard.yard import Boat, Yard, YardFull


def test_quote_for_a_visitor():
    yard = Yard(10)
    assert yard.quote(Boat("Kittiwake", 26, "R. Hale"), 5) == 755.0


def test_short_boats_pay_the_minimum_length():
    yard = Yard(10)
    assert yard.quote(Boat("Puffin", 16, "J. Ward"), 5) == yard.quote(Boat("Tern", 20, "A. Bell"), 5)


def test_unstepping_the_mast():
    yard = Yard(10)
    assert yard.quote(Boat("Curlew", 18, "M. Ash", unstep_mast=True), 5) == 680.0


def test_members_on_a_short_stay_pay_full_price():
    yard = Yard(10)
    assert yard.quote(Boat("Kittiwake", 26, "R. Hale", member=True), 4) == 638.0


def test_member_discount_for_the_whole_winter():
    yard = Yard(10)
    assert yard.quote(Boat("Kittiwake", 26, "R. Hale", member=True), 6) == 801.8


def test_member_discount_is_on_storage_only():
    yard = Yard(10)
    assert yard.quote(Boat("Shearwater", 30, "P. Lowe", member=True, unstep_mast=True), 7) == 1080.5


def test_booking_fills_the_yard():
    yard = Yard(2)
    yard.book(Boat("Kittiwake", 26, "R. Hale"), 5)
    yard.book(Boat("Curlew", 18, "M. Ash", unstep_mast=True), 5)
    assert yard.spaces_left() == 0
    assert yard.season_takings() == 1435.0
    with pytest.raises(YardFull):
        yard.book(Boat("Tern", 20, "A. Bell"), 5)


def test_booking_the_same_boat_twice():
    yard = Yard(5)
    yard.book(Boat("Kittiwake", 26, "R. Hale"), 5)
    with pytest.raises(ValueError):
        yard.book(Boat("Kittiwake", 26, "R. Hale"), 3)
