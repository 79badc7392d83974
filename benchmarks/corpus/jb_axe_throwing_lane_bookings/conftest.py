import pytest

from bookings import parse_booking


@pytest.fixture
def friday():
    """Friday's diary, as it was at lunchtime."""
    return [
        parse_booking(line)
        for line in [
            "lane 1 12:00-13:00 Walk-ins",
            "lane 1 18:00-19:30 Hen party (Sophie)",
            "lane 1 19:30-21:00 Office social",
            "lane 2 17:00-18:00 League practice",
            "lane 3 20:00-22:00 Birthday (Marcus)",
        ]
    ]
