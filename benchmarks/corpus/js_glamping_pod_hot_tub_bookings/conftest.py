from datetime import date

import pytest

from glamping.bookings import Booking
from glamping.pods import Pod


@pytest.fixture
def pods():
    return [
        Pod("Wren", 2, hot_tub=True, dogs=False, nightly=95.0, weekend_nightly=120.0),
        Pod("Owl", 2, hot_tub=False, dogs=True, nightly=70.0, weekend_nightly=90.0),
        Pod("Badger", 4, hot_tub=False, dogs=True, nightly=85.0, weekend_nightly=110.0),
        Pod("Heron", 5, hot_tub=True, dogs=True, nightly=130.0, weekend_nightly=160.0),
    ]


@pytest.fixture
def june_book():
    return [
        Booking("Owl", date(2024, 6, 7), date(2024, 6, 9), guests=2, dogs=1),
        Booking("Badger", date(2024, 6, 3), date(2024, 6, 7), guests=3),
        Booking("Wren", date(2024, 6, 5), date(2024, 6, 12), guests=2, cancelled=True),
    ]
