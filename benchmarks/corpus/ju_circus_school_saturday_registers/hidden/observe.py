"""aerial_register, ground_register and call_backs for students either side of the ground and aerial ages, with and without a waiver or a harness, booked on one class or both, then random Saturday bookings."""

import random
from datetime import date, timedelta

from observing import attempt
from bigtop.registers import aerial_register, call_backs, ground_register
from bigtop.students import Student

SATURDAY = date(2025, 3, 8)


def run(students, day):
    return attempt(aerial_register, students, day), attempt(ground_register, students, day), attempt(call_backs, students, day)


def observe():
    rng = random.Random(3825)
    results = [run([], SATURDAY)]
    n = 0
    for years in (4, 5, 7, 8, 12):
        for shift in (-1, 0, 1):
            born = date(SATURDAY.year - years, SATURDAY.month, SATURDAY.day) + timedelta(days=shift)
            for waiver in (True, False):
                for harness in (None, "XS", "M"):
                    for classes in (("ground",), ("aerial",), ("aerial", "ground"), ("ground", "aerial"), ()):
                        n += 1
                        student = Student(f"S{n}", born, waiver, harness, classes)
                        results.append(run([student], SATURDAY))
    for _ in range(150):
        students = []
        for k in range(rng.randint(0, 12)):
            born = SATURDAY - timedelta(days=rng.randint(3 * 365, 16 * 365))
            classes = rng.choice((("ground",), ("aerial",), ("aerial", "ground"), ("ground",), ("tightwire",)))
            students.append(Student(f"P{k}", born, rng.random() < 0.8, rng.choice((None, None, "XS", "S", "M", "L")), classes))
        day = SATURDAY + timedelta(days=7 * rng.randint(-20, 20))
        results.append(run(students, day))
    return results
