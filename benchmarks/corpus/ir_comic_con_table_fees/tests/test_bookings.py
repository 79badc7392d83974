from datetime import date

from bookings import Booking, load_bookings


def test_load_bookings():
    text = """
artist,booked_on,tables,power,charity
Inkwell Comics,2024-03-02,2,y,
Sam Reyes,2024-04-11,1,,
Kids Art Trust,2024-02-20,1,,y
"""
    assert load_bookings(text) == [
        Booking("Inkwell Comics", date(2024, 3, 2), 2, power=True),
        Booking("Sam Reyes", date(2024, 4, 11), 1),
        Booking("Kids Art Trust", date(2024, 2, 20), 1, charity=True),
    ]
