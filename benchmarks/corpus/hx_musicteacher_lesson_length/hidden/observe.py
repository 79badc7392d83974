"""Lessons of every length against the working day and other lessons, and random
diaries of teachers with different usual lengths, days and gaps."""

import random
from datetime import date, datetime, time, timedelta
from decimal import Decimal

from observing import attempt
from teaching.diary import Diary
from teaching.invoices import monthly_invoice

PUPILS = ["Priya", "Tom", "Ana", "Lee", "Mo"]


def shown(lesson):
    return lesson if isinstance(lesson, str) else (lesson.pupil, lesson.start, lesson.end, lesson.minutes)


def observe():
    rng = random.Random(6565)
    results = []
    for usual in (45, 60, 90):
        for minutes in (None, 30, 45, 60, 90, 120, 180):
            for hour, minute in ((8, 0), (9, 0), (10, 15), (17, 0), (17, 30), (18, 0), (23, 30)):
                diary = Diary("D", minutes=usual)
                diary.book("Priya", datetime(2024, 5, 13, 12, 0), 60)
                results.append(shown(attempt(diary.book, "Tom", datetime(2024, 5, 13, hour, minute), minutes)))
    for _ in range(100):
        diary = Diary("D", minutes=rng.choice([45, 60, 60, 90]), day_starts=time(rng.choice([7, 8, 9]), 0),
                      day_ends=time(rng.choice([16, 18, 19, 21]), 0), gap=rng.choice([0, 10, 15, 30]))
        booked = []
        for _ in range(rng.randint(1, 8)):
            start = datetime(2024, 5, rng.randint(1, 31), rng.randint(6, 20), rng.choice([0, 15, 30, 45]))
            minutes = rng.choice([None, None, 30, 60, 90, 120])
            booked.append(shown(attempt(diary.book, rng.choice(PUPILS), start, minutes)))
        sheet = attempt(diary.day, date(2024, 5, rng.randint(1, 31)))
        invoice = attempt(monthly_invoice, diary, rng.choice(PUPILS), 2024, 5, Decimal("38.50"))
        results.append((booked, sheet, invoice, sorted(shown(l) for l in diary.lessons)))
    return results
