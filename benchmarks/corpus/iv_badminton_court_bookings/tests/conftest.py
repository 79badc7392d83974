from datetime import date

import pytest

from courts import BookingSheet

TUESDAY = date(2024, 10, 8)


@pytest.fixture
def sheet():
    return BookingSheet(courts=4)


@pytest.fixture
def club_night(sheet):
    """Tuesday club night has courts 1 and 2 from 7pm."""
    sheet.book("Club night", TUESDAY, 19, 3, member=True)
    sheet.book("Club night", TUESDAY, 19, 3, member=True)
    return sheet
