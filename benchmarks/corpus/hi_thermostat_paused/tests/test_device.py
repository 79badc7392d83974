from datetime import datetime

from thermo.device import Thermostat

MONDAY = datetime(2024, 1, 15)


def at(hour, minute=0, day=0):
    return MONDAY.replace(day=15 + day, hour=hour, minute=minute)


def test_target_follows_schedule(schedule):
    assert schedule.target_at(at(7)) == 21.0
    assert schedule.target_at(at(12)) == 17.0
    assert schedule.target_at(at(2)) == 16.0


def test_hysteresis(thermostat):
    assert not thermostat.update(at(7), 20.6)
    assert thermostat.update(at(7), 20.4)
    assert thermostat.update(at(7, 20), 21.3)
    assert not thermostat.update(at(7, 40), 21.5)


def test_paused_for_the_holidays(thermostat):
    thermostat.pause(until=at(17, day=3))
    assert not thermostat.update(at(18, day=1), 12.0)
    assert thermostat.update(at(18, day=3), 12.0)
