"""Thermostats run through random days of readings, some paused, around the pause's end and the schedule's changes."""

import random
from datetime import datetime, time, timedelta

from observing import attempt
from thermo.device import Thermostat
from thermo.schedule import Schedule

START = datetime(2024, 3, 4)  # a Monday


def observe():
    rng = random.Random(6016)
    schedule = Schedule({(0, time(7)): 20.0, (0, time(22)): 15.5, (4, time(18, 30)): 22.0, (6, time(23)): 16.0})
    results = []
    pause_end = START + timedelta(hours=12)
    for heating in (False, True):
        for paused in (None, pause_end):
            for minutes in (-61, -1, 0, 1, 600):
                for room in (10.0, 19.4, 19.6, 20.0, 20.4, 20.6, 25.0):
                    thermostat = Thermostat(schedule)
                    thermostat.heating = heating
                    if paused:
                        thermostat.pause(paused)
                    now = pause_end + timedelta(minutes=minutes)
                    results.append(attempt(thermostat.should_heat, now, room))
    for _ in range(40):
        thermostat = Thermostat(schedule, hysteresis=rng.choice([0.0, 0.3, 0.5, 1.0]))
        now = START + timedelta(minutes=rng.randint(0, 7 * 24 * 60))
        if rng.random() < 0.6:
            thermostat.pause(now + timedelta(minutes=rng.randint(-120, 600)))
        room = rng.uniform(14.0, 22.0)
        trace = []
        for _ in range(10):
            now += timedelta(minutes=rng.randint(5, 90))
            room += 0.6 if thermostat.heating else -0.3
            trace.append(attempt(thermostat.update, now, round(room, 2)))
        results.append(trace)
    return results
