from datetime import datetime

import pytest

from transfers import Booking, Dispatcher


@pytest.fixture
def dispatcher():
    dispatcher = Dispatcher({"KX19 ABC": 4, "LR70 MPV": 7})
    dispatcher.add_flight("EZY6412", datetime(2024, 8, 17, 9, 40))
    dispatcher.add_flight("RYR2281", datetime(2024, 8, 17, 10, 5))
    dispatcher.add_flight("BA1437", datetime(2024, 8, 17, 13, 12))
    return dispatcher


def test_hand_luggage_only(dispatcher):
    booking = Booking("T101", "Mrs Okafor", "EZY6412", 2)
    assert dispatcher.pickup_time(booking) == datetime(2024, 8, 17, 10, 5)


def test_hold_bags_and_rounding(dispatcher):
    booking = Booking("T102", "Mr Lund", "BA1437", 1, hold_bags=2)
    assert dispatcher.pickup_time(booking) == datetime(2024, 8, 17, 14, 0)


def test_delayed_flight(dispatcher):
    dispatcher.board("RYR2281", datetime(2024, 8, 17, 11, 20))
    booking = Booking("T103", "The Hendersons", "RYR2281", 4, hold_bags=3)
    assert dispatcher.pickup_time(booking) == datetime(2024, 8, 17, 12, 5)


def test_unknown_flight(dispatcher):
    with pytest.raises(KeyError):
        dispatcher.pickup_time(Booking("T104", "Ms Reyes", "LOG123", 1))


def test_plan_smallest_car_that_fits(dispatcher):
    bookings = [
        Booking("T201", "Mr Lund", "BA1437", 1, hold_bags=1),
        Booking("T202", "The Hendersons", "EZY6412", 5, hold_bags=5),
        Booking("T203", "Mrs Okafor", "RYR2281", 2),
    ]
    assert dispatcher.plan(bookings) == [
        ("T202", "LR70 MPV", "10:25"),
        ("T203", "KX19 ABC", "10:30"),
        ("T201", "KX19 ABC", "14:00"),
    ]


def test_plan_car_not_back_yet(dispatcher):
    bookings = [Booking("T301", "Mr Lund", "EZY6412", 6), Booking("T302", "Ms Reyes", "RYR2281", 6)]
    assert dispatcher.plan(bookings) == [("T301", "LR70 MPV", "10:05"), ("T302", None, "10:30")]


def test_plan_follows_the_board(dispatcher):
    dispatcher.board("EZY6412", datetime(2024, 8, 17, 12, 30))
    bookings = [Booking("T401", "Mrs Okafor", "EZY6412", 3), Booking("T402", "Mr Lund", "RYR2281", 2)]
    assert dispatcher.plan(bookings) == [("T402", "KX19 ABC", "10:30"), ("T401", "LR70 MPV", "12:55")]
