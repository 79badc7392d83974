from datetime import time

import pytest

from thermo.device import Thermostat
from thermo.schedule import Schedule


@pytest.fixture
def schedule():
    return Schedule.every_day({time(6, 30): 21.0, time(9, 0): 17.0, time(17, 0): 21.0, time(23, 0): 16.0})


@pytest.fixture
def thermostat(schedule):
    return Thermostat(schedule)
