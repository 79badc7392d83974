from datetime import datetime

import pytest

from drivingschool.lessons import parse_lesson

DIARY = """\
2024-06-03 09:00 | Amy Lowe | Gareth | 60 | paid confirmed
2024-06-03 14:00 | Ben Carter | Gareth | 90
2024-06-04 10:00 | Chloe Dunn | Priya | 60 | paid
2024-06-04 16:00 | Dan Evans | Priya | 60 | cancelled
2024-06-05 08:00 | Ella Fox | Gareth | 120 | confirmed
2024-06-06 11:00 | Finn Gale | Priya | 60
2024-06-01 10:00 | Gina Hart | Priya | 60
"""


@pytest.fixture
def diary():
    return [parse_lesson(line) for line in DIARY.splitlines()]


@pytest.fixture
def monday_morning():
    return datetime(2024, 6, 3, 8, 0)
