from datetime import date

import pytest

from cavetours.booking import age_on, read_booking


def test_age_on_the_tour_day():
    assert age_on(date(2010, 8, 14), date(2026, 8, 13)) == 15
    assert age_on(date(2010, 8, 14), date(2026, 8, 14)) == 16


def test_leap_day_birthday():
    assert age_on(date(2008, 2, 29), date(2025, 2, 28)) == 16
    assert age_on(date(2008, 2, 29), date(2025, 3, 1)) == 17


def test_read_booking():
    text = """
    Ann Trevithick, 03/05/1984
    Sam Trevithick, 14/08/2010
    """
    assert read_booking(text, date(2026, 8, 14)) == [("Ann Trevithick", 42), ("Sam Trevithick", 16)]


def test_unborn_visitor():
    with pytest.raises(ValueError, match="Baby"):
        read_booking("Baby Trevithick, 01/09/2026", date(2026, 8, 14))
