import pytest

from beachhuts.bookings import SEASON_WEEKS, HutCalendar
from beachhuts.huts import Hut


@pytest.fixture
def calendar():
    return HutCalendar([Hut(1, "promenade", 95), Hut(2, "promenade", 95), Hut(14, "dunes", 70)])


def test_book_returns_the_price(calendar):
    assert calendar.book(14, 10, 2) == 140
    assert not calendar.is_free(14, 11)
    assert calendar.is_free(14, 12)


def test_double_booking_is_refused(calendar):
    calendar.book(1, 5, 3)
    with pytest.raises(ValueError):
        calendar.book(1, 7)


def test_bookings_must_fit_in_the_season(calendar):
    with pytest.raises(ValueError):
        calendar.book(2, SEASON_WEEKS, 2)
    with pytest.raises(KeyError):
        calendar.book(9, 3)


def test_free_huts_by_row(calendar):
    calendar.book(1, 8)
    assert calendar.free_huts(8) == [2, 14]
    assert calendar.free_huts(8, row="promenade") == [2]


def test_longest_free_run_of_an_empty_hut(calendar):
    assert calendar.longest_free_run(2) == (1, SEASON_WEEKS)


def test_longest_free_run_of_a_hut_let_all_season(calendar):
    calendar.book(2, 1, SEASON_WEEKS)
    assert calendar.longest_free_run(2) == (0, 0)


def test_longest_free_run_between_lets(calendar):
    calendar.book(1, 1, 4)
    calendar.book(1, 9, 2)
    calendar.book(1, 16, 11)
    assert calendar.longest_free_run(1) == (11, 5)


def test_occupancy(calendar):
    calendar.book(1, 1, 13)
    calendar.book(14, 1, 26)
    assert calendar.occupancy() == 50.0
