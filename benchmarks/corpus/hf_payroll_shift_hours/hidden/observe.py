"""Shifts clocked to the second, at every distance from a quarter hour."""

import random
from datetime import date, time
from decimal import Decimal

from observing import attempt
from payroll.pay import hours_by_employee, weekly_pay
from payroll.shifts import Shift


def observe():
    rng = random.Random(4242)
    results = []
    day = date(2024, 4, 2)
    for minute in range(0, 16):
        for second in (0, 29, 30, 31):
            for breaks in (0, 30):
                shift = Shift("a", day, time(9, 0), time(17, minute, second), breaks)
                results.append(attempt(shift.paid_hours))
    for end in (time(9, 0), time(9, 5), time(8, 59, 59), time(0, 0)):
        for call_out in (False, True):
            results.append(attempt(Shift("a", day, time(9, 0), end, 600, call_out).paid_hours))
    for _ in range(60):
        shifts = []
        for _ in range(rng.randint(1, 8)):
            start = time(rng.randint(0, 23), rng.randint(0, 59), rng.choice([0, 0, 30, rng.randint(0, 59)]))
            end = time(rng.randint(0, 23), rng.randint(0, 59), rng.choice([0, 0, 30, rng.randint(0, 59)]))
            shift = Shift(rng.choice(["ana", "ben", "cy"]), day, start, end, rng.choice([0, 15, 30, 45]), rng.random() < 0.2)
            shifts.append(shift)
            results.append(attempt(shift.paid_hours))
        results.append(attempt(hours_by_employee, shifts))
        results.append(attempt(weekly_pay, shifts, {"ana": Decimal("21.5"), "ben": Decimal("19"), "cy": Decimal("33.33")}))
    return results
