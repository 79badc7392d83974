"""first_free over empty, packed and gappy days, with and without an earliest time, then random diaries."""

import random

from observing import attempt
from tugdiary import TugDiary
from tugdiary.clock import format_time


def observe():
    rng = random.Random(1906)
    results = []
    earliest_times = [None, "07:00", "09:30", "09:45", "10:05", "10:20", "11:00", "12:30", "13:25", "15:00", "17:40", "18:00"]
    plans = [
        [],
        [("A", "09:30", 20)],
        [("A", "09:30", 20), ("B", "09:50", 15), ("C", "10:30", 20)],
        [("A", "10:00", 30), ("B", "11:00", 30), ("C", "13:00", 25), ("D", "17:30", 30)],
        [("A", "09:30", 510)],
        [("A", "16:00", 60), ("B", "17:20", 40)],
    ]
    for plan in plans:
        diary = TugDiary()
        for pilot, start, minutes in plan:
            diary.book(pilot, start, minutes)
        for minutes in (5, 15, 20, 30, 60):
            for earliest in earliest_times:
                results.append(attempt(diary.first_free, minutes, earliest))
    for _ in range(120):
        diary = TugDiary(rng.choice(["09:00", "09:30", "10:00"]), rng.choice(["16:00", "18:00", "20:30"]))
        for k in range(rng.randint(0, 14)):
            start = format_time(rng.randint(8 * 60, 20 * 60) // 5 * 5)
            results.append(attempt(lambda: str(diary.book(f"P{k}", start, rng.choice([10, 15, 20, 25, 40])))))
        results.append(diary.day_sheet())
        for _ in range(5):
            earliest = rng.choice([None, format_time(rng.randint(8 * 60, 21 * 60))])
            results.append(attempt(diary.first_free, rng.choice([5, 10, 20, 30, 45, 90]), earliest))
    return results
