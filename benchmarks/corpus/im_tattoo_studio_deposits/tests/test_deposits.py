from datetime import datetime

from studio.bookings import Booking
from studio.deposits import cancellation_summary, refund_due

SATURDAY = datetime(2024, 9, 14, 11, 0)


def test_plenty_of_notice_gets_everything_back():
    booking = Booking("Sam", "Kat", SATURDAY, 50.0)
    assert refund_due(booking, datetime(2024, 9, 9, 17, 45)) == 50.0


def test_exactly_three_days():
    booking = Booking("Sam", "Kat", SATURDAY, 50.0)
    assert refund_due(booking, datetime(2024, 9, 11, 11, 0)) == 50.0


def test_two_days_notice_gets_half():
    booking = Booking("Sam", "Kat", SATURDAY, 75.0)
    assert refund_due(booking, datetime(2024, 9, 12, 9, 0)) == 37.5


def test_same_day_cancellation_keeps_the_deposit():
    booking = Booking("Sam", "Kat", SATURDAY, 50.0)
    assert refund_due(booking, datetime(2024, 9, 14, 8, 0)) == 0.0


def test_walk_ins_have_nothing_to_refund():
    assert refund_due(Booking("Lee", "Marco", SATURDAY), datetime(2024, 9, 1, 12, 0)) == 0.0


def test_design_already_drawn_only_half_back():
    booking = Booking("Jo", "Kat", SATURDAY, 100.0, design_started=True)
    assert refund_due(booking, datetime(2024, 9, 2, 10, 0)) == 50.0


def test_summary():
    cancellations = [
        (Booking("Sam", "Kat", SATURDAY, 50.0), datetime(2024, 9, 13, 18, 0)),
        (Booking("Ana", "Marco", SATURDAY, 60.0), datetime(2024, 9, 12, 10, 0)),
        (Booking("Ben", "Marco", SATURDAY, 40.0), datetime(2024, 9, 1, 10, 0)),
    ]
    assert cancellation_summary(cancellations) == {"refunded": 70.0, "kept:Kat": 50.0, "kept:Marco": 30.0}
