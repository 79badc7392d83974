import pytest

from salon.bookings import read_bookings

SATURDAY = """
09:00  30  chair 1  Okafor, fringe and neck trim
09:30  45  chair 1  Bell, cut and blow-dry
11:00  60  chair 1  Marsh, restyle
09:15  60  chair 2  Lindqvist, highlights
13:30  30  chair 2  Ng, beard trim
17:00  60  chair 2  Patel, cut and colour
"""


@pytest.fixture
def saturday():
    return read_bookings(SATURDAY)
