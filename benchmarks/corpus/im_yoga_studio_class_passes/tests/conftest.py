from datetime import date

import pytest

from passes import ClassPass
from timetable import YogaClass

JAN_8 = date(2024, 1, 8)


@pytest.fixture
def ten_pass():
    return ClassPass("Priya", 10, 80.0, JAN_8)


@pytest.fixture
def five_pass():
    return ClassPass("Tom", 5, 47.5, JAN_8, valid_days=60)


@pytest.fixture
def vinyasa():
    return YogaClass("Vinyasa Flow", date(2024, 1, 10), "Nell", capacity=2)
