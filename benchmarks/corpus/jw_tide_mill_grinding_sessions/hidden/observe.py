"""WheelLog on sessions ended by a slow reading, by the end of the log and by several slow readings, on several tides a day and with out-of-order readings, then random days of readings; sessions and flour for each."""

import random

from observing import attempt
from tidemill.flour import flour_kg
from tidemill.wheel import WheelLog


def run(readings, min_rpm):
    log = WheelLog(min_rpm)
    errors = []
    for minute, rpm in readings:
        try:
            log.record(minute, rpm)
        except ValueError as error:
            errors.append(str(error))
    sessions = log.close()
    return [(s.start, s.end, s.revolutions, s.minutes) for s in sessions], flour_kg(sessions), errors


def observe():
    rng = random.Random(2290)
    results = []
    hand_picked = [
        [],
        [(0, 8)],
        [(0, 2)],
        [(0, 8), (1, 2)],
        [(0, 2), (1, 8)],
        [(0, 8), (1, 2), (2, 2)],
        [(0, 8), (1, 2), (2, 8)],
        [(0, 8), (1, 2), (2, 8), (3, 2)],
        [(0, 6), (1, 5.99), (2, 6), (3, 5.99), (4, 6)],
        [(10, 8), (5, 8), (11, 2), (12, 9)],
        [(10, 8), (10, 2), (11, 9)],
        [(m, 7.5) for m in range(420, 425)] + [(m, 2.0) for m in range(425, 430)] + [(m, 9.0) for m in range(1170, 1173)],
    ]
    for readings in hand_picked:
        for min_rpm in (6.0, 1.0, 9.0):
            results.append(attempt(run, readings, min_rpm))
    for _ in range(150):
        minute = rng.randint(0, 600)
        readings = []
        turning = rng.random() < 0.5
        for _ in range(rng.randint(0, 80)):
            if rng.random() < 0.15:
                turning = not turning
            rpm = round(rng.uniform(6, 12), 1) if turning else round(rng.uniform(0, 6), 1)
            readings.append((minute, rpm))
            minute += rng.choice((1, 1, 1, 2, 5)) if rng.random() > 0.03 else -1
        results.append(attempt(run, readings, rng.choice((6.0, 6.0, 4.0))))
    return results
