import pytest

from coworking.booking import Booking
from coworking.floor import Floor


@pytest.fixture
def floor():
    floor = Floor(["A1", "A2", "B1"])
    floor.book(Booking.make("A1", "nina", "09:00", "12:30"))
    floor.book(Booking.make("A2", "omar", "08:00", "18:00"))
    return floor
