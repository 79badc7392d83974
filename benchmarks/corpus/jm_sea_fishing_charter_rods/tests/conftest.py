from datetime import date

import pytest

from charter import Trip


@pytest.fixture
def trips():
    wreck = Trip(date(2024, 7, 6), "Sea Spray", "wreck", rods=8)
    wreck.book("Gary", 3)
    wreck.book("Dev", 2)
    mackerel = Trip(date(2024, 7, 6), "Kittiwake", "mackerel", rods=12)
    mackerel.book("Hollands", 5)
    reef = Trip(date(2024, 7, 7), "Sea Spray", "reef", rods=10)
    reef.book("Pete", 6)
    reef.book("Lou", 4)
    blown_out = Trip(date(2024, 7, 5), "Kittiwake", "reef", rods=10, called_off=True)
    return [reef, wreck, mackerel, blown_out]
