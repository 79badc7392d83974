from datetime import date

import pytest

from carhire.fleet import Car, Fleet


@pytest.fixture
def fleet():
    return Fleet([
        Car("YK21 ABC", "Corsa", date(2021, 3, 1), 41_200, date(2023, 9, 12), 33_900),
        Car("YK22 DEF", "Focus", date(2022, 3, 1), 28_500, date(2023, 4, 3), 18_100),
        Car("YK23 GHI", "Octavia", date(2023, 9, 1), 6_300),
        Car("YK23 JKL", "Transit", date(2023, 9, 1), 12_400),
    ])
