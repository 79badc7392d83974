import pytest

from laundrette.bookings import BookingSheet


@pytest.fixture
def sheet():
    """Saturday's sheet: four washers and two dryers, the first washes booked."""
    sheet = BookingSheet(["W1", "W2", "W3", "W4", "D1", "D2"])
    sheet.book("W1", "Mrs Okafor", 0, 45)
    sheet.book("W2", "Dev", 30, 75)
    sheet.book("D1", "Mrs Okafor", 50, 110)
    return sheet
