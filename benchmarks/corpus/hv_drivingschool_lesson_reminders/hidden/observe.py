"""to_remind for every combination of flags around the window's edges; random diaries."""

import itertools
import random
from datetime import datetime, timedelta

from observing import attempt
from drivingschool.lessons import Lesson
from drivingschool.reminders import to_invoice, to_remind

NOW = datetime(2024, 6, 3, 8, 0)


def pupils(lessons):
    return lessons if isinstance(lessons, str) else [(lesson.pupil, lesson.start) for lesson in lessons]


def observe():
    rng = random.Random(9090)
    results = []
    offsets = [timedelta(hours=-1), timedelta(0), timedelta(minutes=1), timedelta(hours=12), timedelta(hours=47, minutes=59),
               timedelta(hours=48), timedelta(hours=48, minutes=1), timedelta(hours=72)]
    for paid, confirmed, cancelled in itertools.product((False, True), repeat=3):
        for offset in offsets:
            lesson = Lesson("p", "i", NOW + offset, 60, paid, confirmed, cancelled)
            for window in (24, 48, 72):
                results.append(pupils(attempt(to_remind, [lesson], NOW, window)))
    for _ in range(100):
        lessons = []
        for n in range(rng.randint(0, 10)):
            start = NOW + timedelta(hours=rng.randint(-48, 96), minutes=rng.choice([0, 30]))
            lessons.append(Lesson(f"pupil{n}", rng.choice(["Gareth", "Priya"]), start, rng.choice([60, 90, 120]),
                                  rng.random() < 0.5, rng.random() < 0.3, rng.random() < 0.15))
        window = rng.choice([12, 24, 48, 48, 72])
        results.append(pupils(attempt(to_remind, lessons, NOW, window)))
        results.append(pupils(attempt(to_invoice, lessons, NOW)))
    return results
