from datetime import date

import pytest

from cottages.bookings import read_bookings

EXPORT = """
ref,cottage,guest,arrival,departure,dogs,status
H101,Hayloft,Patel,2024-06-01,2024-06-05,0,confirmed
H102,Hayloft,Brown,2024-06-05,2024-06-08,2,confirmed
B201,Byre,Okafor,2024-05-25,2024-06-01,0,confirmed
B202,Byre,Smith,2024-06-01,2024-06-07,1,confirmed
D301,Dairy,Jones,2024-06-02,2024-06-04,0,cancelled
D302,Dairy,Lee,2024-06-03,2024-06-06,,confirmed
D303,Dairy,Evans,2024-06-06,2024-06-09,0,confirmed
"""


@pytest.fixture
def bookings():
    return {booking.ref: booking for booking in read_bookings(EXPORT)}


@pytest.fixture
def week_start():
    return date(2024, 6, 1)  # changeover Saturday
