from datetime import date

import pytest

from tickets import Ticket


@pytest.fixture
def today():
    return date(2024, 4, 15)


@pytest.fixture
def rail():
    return [
        Ticket(101, "Mrs Ahmed", 3, date(2024, 4, 2)),
        Ticket(102, "Mr Bell", 1, date(2024, 4, 12)),
        Ticket(103, "Ms Clarke", 2, date(2024, 3, 1), last_reminded=date(2024, 4, 10)),
        Ticket(104, "Rose Hotel", 12, date(2024, 4, 1), account=True),
        Ticket(105, "Mr Dunn", 4, date(2024, 3, 10), collected_on=date(2024, 4, 14)),
        Ticket(106, "Mrs Evans", 2, date(2024, 3, 4), last_reminded=date(2024, 4, 8)),
    ]
