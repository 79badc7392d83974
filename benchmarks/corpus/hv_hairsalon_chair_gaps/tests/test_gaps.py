from salon.bookings import Booking
from salon.gaps import free_gaps, gaps_by_chair


def test_empty_day():
    assert free_gaps([]) == [(540, 1080)]


def test_saturday(saturday):
    assert gaps_by_chair(saturday) == {
        1: ["10:15-11:00", "12:00-18:00"],
        2: ["09:00-09:15", "10:15-13:30", "14:00-17:00"],
    }


def test_short_gaps_are_left_out():
    bookings = [Booking(540, 50, 1, "a"), Booking(600, 30, 1, "b")]
    assert free_gaps(bookings, opens=540, closes=660) == [(630, 660)]
    assert free_gaps(bookings, opens=540, closes=660, shortest=10) == [(590, 600), (630, 660)]


def test_trim_while_a_colour_develops():
    bookings = [Booking(540, 60, 3, "colour"), Booking(555, 15, 3, "fringe trim"), Booking(630, 30, 3, "wash")]
    assert free_gaps(bookings, opens=540, closes=720) == [(600, 630), (660, 720)]
