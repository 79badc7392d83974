"""LessonGroup and plan_day over waivers, levels and full groups, then random sign-up lists."""

import random

from observing import attempt
from surfschool.groups import LessonGroup, plan_day
from surfschool.students import LEVELS, WETSUIT_SIZES, Student


def group_view(level, students, max_size):
    group = LessonGroup(level, students, max_size)
    return (
        [s.name for s in group.students],
        [s.name for s in group.waiting],
        dict(group.wetsuits),
        group.instructors_needed(),
        group.spaces(),
    )


def observe():
    rng = random.Random(6021)
    results = []
    base = [
        Student("a", 30, "first-timer", "M", True),
        Student("b", 9, "first-timer", "XS", True),
        Student("c", 45, "first-timer", "L", False),
        Student("d", 22, "improver", "S", True),
        Student("e", 11, "improver", "XS", False),
        Student("f", 16, "intermediate", "M", True),
    ]
    for size in (0, 1, 2, 3, 8):
        for level in LEVELS:
            results.append(attempt(group_view, level, base, size))
        results.append(attempt(plan_day, base, size))
    results.append(attempt(plan_day, []))
    for _ in range(80):
        students = [
            Student(f"s{k}", rng.randint(6, 60), rng.choice(LEVELS), rng.choice(WETSUIT_SIZES), rng.random() < 0.75)
            for k in range(rng.randint(0, 20))
        ]
        size = rng.choice([2, 4, 6, 8])
        results.append(attempt(plan_day, students, size))
        results.append(attempt(group_view, rng.choice(LEVELS), students, size))
    return results
