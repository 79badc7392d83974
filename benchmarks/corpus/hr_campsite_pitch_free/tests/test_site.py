from datetime import date

import pytest

from campsite.site import BookingError


def test_all_free_on_an_empty_site(site):
    assert site.free_pitches(date(2024, 7, 1), date(2024, 7, 3)) == ["A1", "A2", "B1", "T1"]


def test_fits_the_unit(site):
    assert site.free_pitches(date(2024, 7, 1), date(2024, 7, 3), length=7.5, electric=True) == ["A1", "B1"]
    assert site.free_pitches(date(2024, 7, 1), date(2024, 7, 3), length=10) == ["B1"]


def test_booked_pitch_is_not_free(site):
    site.book("A1", "Jansen", date(2024, 7, 10), date(2024, 7, 14))
    assert "A1" not in site.free_pitches(date(2024, 7, 12), date(2024, 7, 16))
    with pytest.raises(BookingError):
        site.book("A1", "Okafor", date(2024, 7, 8), date(2024, 7, 11))


def test_back_to_back_stays(site):
    site.book("B1", "Jansen", date(2024, 7, 10), date(2024, 7, 14))
    site.book("B1", "Okafor", date(2024, 7, 14), date(2024, 7, 16))
    assert site.occupancy(date(2024, 7, 14)) == 0.25


def test_free_again_after_the_stay(site):
    site.book("T1", "Lindqvist", date(2024, 8, 1), date(2024, 8, 5))
    assert site.free_pitches(date(2024, 8, 20), date(2024, 8, 22), length=3) == ["A1", "A2", "B1", "T1"]


def test_cancel(site):
    site.book("A2", "Jansen", date(2024, 7, 10), date(2024, 7, 14))
    site.cancel("A2", date(2024, 7, 10))
    assert site.is_free("A2", date(2024, 7, 10), date(2024, 7, 14))
