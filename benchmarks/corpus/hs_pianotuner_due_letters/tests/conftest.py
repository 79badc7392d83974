import pytest

from tuning.customers import read_customers

ROWS = [
    {"address": "4 Mill Lane", "joined": "2019-02-11", "last_tuning": "2023-04-02", "phone": "07700 900123"},
    {"address": "The Old Forge", "joined": "2020-06-30", "last_tuning": "2023-08-31", "booked": "2024-03-12"},
    {"address": "Rose Cottage", "joined": "2021-01-05", "last_tuning": "2023-09-20", "every_months": "6"},
    {"address": "12 Church Street", "joined": "2022-09-14", "last_tuning": "2024-01-15", "phone": "07700 900456"},
    {"address": "Glebe Farm", "joined": "2024-01-22"},
]


@pytest.fixture
def customers():
    return read_customers(ROWS)
