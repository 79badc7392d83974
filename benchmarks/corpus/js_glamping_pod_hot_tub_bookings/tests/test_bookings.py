from datetime import date

import pytest

from glamping.bookings import free_pods, nights_let


def test_smallest_pods_first(pods):
    assert free_pods(pods, [], date(2024, 6, 1), date(2024, 6, 2), guests=2) == ["Owl", "Wren", "Badger", "Heron"]


def test_leaving_day_is_free_for_the_next_party(pods, june_book):
    assert "Badger" in free_pods(pods, june_book, date(2024, 6, 7), date(2024, 6, 8), guests=4)
    assert "Owl" not in free_pods(pods, june_book, date(2024, 6, 8), date(2024, 6, 10), guests=1)


def test_dogs_and_hot_tub(pods):
    assert free_pods(pods, [], date(2024, 6, 1), date(2024, 6, 3), guests=2, dogs=1, hot_tub=True) == ["Heron"]


def test_cancelled_booking_frees_the_pod(pods, june_book):
    assert free_pods(pods, june_book, date(2024, 6, 10), date(2024, 6, 11), guests=2, hot_tub=True) == ["Wren", "Heron"]


def test_backwards_dates(pods):
    with pytest.raises(ValueError):
        free_pods(pods, [], date(2024, 6, 3), date(2024, 6, 3), guests=2)


def test_nights_let(june_book):
    assert nights_let(june_book, "Wren") == 0
    assert nights_let(june_book, "Badger") == 4
