from datetime import date

import pytest

from innkeeper import Hotel


@pytest.fixture
def hotel():
    hotel = Hotel({"101": 80.0, "102": 80.0, "201": 120.0})
    hotel.book("Ms Adler", "101", date(2024, 3, 4), date(2024, 3, 7))  # Mon to Thu
    return hotel
