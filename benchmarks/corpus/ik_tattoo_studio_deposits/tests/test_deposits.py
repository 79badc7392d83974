from datetime import date

from studio.bookings import Booking, cancel
from studio.deposits import artist_hours, kept_deposits, refunds_due

SATURDAY = date(2024, 3, 9)


def booking(client, artist="Jo", day=SATURDAY, hours=3.0, deposit=50.0):
    return Booking(client, artist, day, hours, deposit)


def test_plenty_of_notice_is_refunded():
    sam = booking("Sam Reid")
    cancel(sam, date(2024, 3, 1))
    assert refunds_due([sam]) == [("Sam Reid", 50.0)]


def test_two_days_notice_is_enough():
    sam = booking("Sam Reid")
    cancel(sam, date(2024, 3, 7))
    assert refunds_due([sam]) == [("Sam Reid", 50.0)]


def test_cancelling_the_day_before_loses_the_deposit():
    sam = booking("Sam Reid")
    cancel(sam, date(2024, 3, 8))
    assert refunds_due([sam]) == []
    assert kept_deposits([sam]) == 50.0


def test_sessions_still_on_are_not_refunded():
    assert refunds_due([booking("Sam Reid"), booking("Ali Khan", artist="Mara")]) == []


def test_studio_cancelling_on_the_day_refunds_the_client():
    sam = booking("Sam Reid")
    ali = booking("Ali Khan", hours=2.0, deposit=30.0)
    cancel(sam, SATURDAY, by="studio")
    cancel(ali, SATURDAY, by="studio")
    assert refunds_due([sam, ali]) == [("Ali Khan", 30.0), ("Sam Reid", 50.0)]
    assert kept_deposits([sam, ali]) == 0.0


def test_refunds_in_date_order():
    later = booking("Kim Lowe", day=date(2024, 3, 16))
    sooner = booking("Sam Reid", deposit=40.0)
    cancel(later, date(2024, 3, 2))
    cancel(sooner, date(2024, 3, 2))
    assert refunds_due([later, sooner]) == [("Sam Reid", 40.0), ("Kim Lowe", 50.0)]


def test_artist_hours_leave_out_cancellations():
    bookings = [booking("Sam Reid"), booking("Ali Khan", hours=2.0), booking("Kim Lowe", artist="Mara", hours=5.0)]
    cancel(bookings[1], date(2024, 3, 1))
    assert artist_hours(bookings) == {"Jo": 3.0, "Mara": 5.0}
