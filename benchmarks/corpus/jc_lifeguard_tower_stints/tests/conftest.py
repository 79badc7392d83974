from datetime import date

import pytest

from lifeguards.shifts import shift

SATURDAY = date(2024, 7, 20)


@pytest.fixture
def day():
    return SATURDAY


@pytest.fixture
def saturday():
    """Two towers, open 10:00-18:00."""
    return [
        shift("Kerry", "North", SATURDAY, "10:00", "12:00"),
        shift("Kerry", "South", SATURDAY, "12:00", "14:00"),
        shift("Kerry", "North", SATURDAY, "15:00", "18:00"),
        shift("Josh", "South", SATURDAY, "10:00", "12:00"),
        shift("Josh", "North", SATURDAY, "12:00", "15:00"),
        shift("Amara", "South", SATURDAY, "14:00", "18:00"),
    ]
