from datetime import date

import pytest

from ciderpress.gate import DropOff
from ciderpress.pressing import PressDay


@pytest.fixture
def press_day():
    day = PressDay(date(2024, 10, 12))
    day.receive(DropOff("Hilltop Farm", 4, 41.6))
    day.receive(DropOff("Mrs Pryce", 2, 10.8))
    day.receive(DropOff("Hilltop Farm", 2, 20.8))
    return day
