from datetime import date

import pytest

from plantcare.plants import Plant


@pytest.fixture
def garden():
    return [
        Plant("fern", every_days=3, last_watered=date(2024, 6, 1)),
        Plant("cactus", every_days=14, last_watered=date(2024, 5, 20)),
        Plant("tomatoes", every_days=1, last_watered=date(2024, 6, 3), outdoor=True),
        Plant("basil", every_days=2, last_watered=date(2024, 6, 2), outdoor=True),
    ]
