from datetime import datetime

import pytest

from studio.bookings import book


@pytest.fixture
def now():
    return datetime(2024, 9, 2, 10, 0)


@pytest.fixture
def sleeve():
    """Three hours with Rosa on Friday afternoon."""
    return book("Sam Reed", "Rosa", datetime(2024, 9, 6, 13, 0), 3)


@pytest.fixture
def flash():
    """A one-hour flash piece with Kai on Wednesday morning."""
    return book("Lee Park", "Kai", datetime(2024, 9, 4, 11, 0), 1)
