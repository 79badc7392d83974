from datetime import date

import pytest

from affinage.cave import Cave, Wheel


@pytest.fixture
def today():
    return date(2024, 10, 1)


@pytest.fixture
def cave():
    return Cave(
        [
            Wheel("T-101", "tomme", date(2024, 7, 15), 4.2, shelf=2, last_turned=date(2024, 9, 28)),
            Wheel("T-102", "tomme", date(2024, 7, 15), 4.0, shelf=2, last_turned=date(2024, 9, 29)),
            Wheel("C-007", "cheddar", date(2023, 12, 4), 12.5, shelf=1, last_turned=date(2024, 9, 17)),
            Wheel("W-330", "washed", date(2024, 9, 24), 1.1, shelf=3, last_turned=date(2024, 9, 30)),
        ]
    )
