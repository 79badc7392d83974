from datetime import date

import pytest

from puppettour.tour import Leg, Show


def test_mileage_either_way_round(tour):
    assert tour.miles("Wells", "Frome") == tour.miles("Frome", "Wells") == 17.0


def test_unknown_mileage(tour):
    with pytest.raises(KeyError, match="Cheddar"):
        tour.miles("Frome", "Cheddar")


def test_double_booking(autumn_tour):
    with pytest.raises(ValueError):
        autumn_tour.book(Show(date(2024, 10, 5), "Bruton Jubilee Hall", "Bruton", 300))


def test_one_show_there_and_back(tour):
    tour.book(Show(date(2024, 10, 4), "Jubilee Hall", "Bruton", 300))
    assert tour.legs() == [Leg(date(2024, 10, 4), "Frome", "Bruton", 13.5), Leg(date(2024, 10, 4), "Bruton", "Frome", 13.5)]


def test_consecutive_days_drive_straight_on(tour):
    tour.book(Show(date(2024, 10, 5), "Strode Theatre", "Glastonbury", 500))
    tour.book(Show(date(2024, 10, 4), "Wells Little Theatre", "Wells", 450))
    assert [(leg.start, leg.end) for leg in tour.legs()] == [("Frome", "Wells"), ("Wells", "Glastonbury"), ("Glastonbury", "Frome")]


def test_home_between_weekends(autumn_tour):
    assert autumn_tour.legs() == [
        Leg(date(2024, 10, 4), "Frome", "Wells", 17.0),
        Leg(date(2024, 10, 5), "Wells", "Glastonbury", 6.0),
        Leg(date(2024, 10, 5), "Glastonbury", "Frome", 22.0),
        Leg(date(2024, 10, 12), "Frome", "Taunton", 47.5),
        Leg(date(2024, 10, 12), "Taunton", "Frome", 47.5),
    ]
