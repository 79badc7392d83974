from datetime import date, timedelta

import pytest

START = date(2025, 6, 2)


def day(n):
    return START + timedelta(days=n)


def test_unknown_site_refused(book):
    with pytest.raises(ValueError):
        book.log(START, "512345", "Bridge 63")


def test_one_sighting(book):
    book.log(START, "512345", "Bridge 62")
    assert book.current_stays() == {"512345": ("Bridge 62", START, START)}


def test_moving_on_starts_a_new_stay(book):
    book.log(day(0), "512345", "Foxton Bottom Lock")
    book.log(day(1), "512345", "Foxton Bottom Lock")
    book.log(day(2), "512345", "Bridge 62")
    assert book.current_stays() == {"512345": ("Bridge 62", day(2), day(2))}


def test_not_seen_for_a_week_starts_a_new_stay(book):
    for n in (0, 1, 8):
        book.log(day(n), "512345", "Bridge 62")
    assert book.current_stays() == {"512345": ("Bridge 62", day(8), day(8))}


def test_short_stay_is_not_over(book):
    for n in (0, 1, 2):
        book.log(day(n), "77021", "Foxton Bottom Lock")
    assert book.overstays(day(2)) == []


def test_seen_every_day_for_three_weeks(book):
    for n in range(21):
        book.log(day(n), "512345", "Bridge 62")
    assert book.current_stays()["512345"] == ("Bridge 62", day(0), day(20))
    assert book.overstays(day(20)) == [("512345", "Bridge 62", 6)]


def test_charges(book):
    for n in (0, 2, 4, 6, 8, 9):
        book.log(day(n), "77021", "Market Harborough Basin")
    assert book.charges(day(10)) == {"77021": 2 * 2500}
