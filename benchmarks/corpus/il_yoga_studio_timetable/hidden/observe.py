"""The timetable on every day of a few weeks, next classes from many moments, then random booking days."""

import random
from datetime import date, datetime, time, timedelta

from observing import attempt
from yoga.bookings import Studio
from yoga.passes import ClassPass
from yoga.timetable import DAYS, Slot, Timetable, parse_timetable

TIMETABLE = """
Mon 07:00 60 vinyasa Maya 14
Mon 18:30 75 hatha Tom
Tue 12:15 45 yin Maya 10
Wed 07:00 60 vinyasa Maya 14
Wed 19:00 90 ashtanga Priya 8
Thu 06:30 45 vinyasa Tom 2
Sat 09:30 90 hatha Tom 20
Sun 17:00 60 yin Priya 3
"""
START = date(2024, 6, 3)
STYLES = ["vinyasa", "hatha", "yin", "ashtanga", "pilates"]


def observe():
    rng = random.Random(3306)
    results = []
    timetable = Timetable(parse_timetable(TIMETABLE))
    for offset in range(21):
        day = START + timedelta(days=offset)
        results.append(attempt(timetable.classes_on, day))
        for hour in (0, 7, 12, 18, 23):
            for style in STYLES:
                results.append(attempt(timetable.next_class, style, datetime.combine(day, time(hour, 0))))
    for weekday in range(7):
        single = Timetable([Slot(weekday, time(10, 0), 60, "yin", "Ana", 5)])
        for offset in range(14):
            results.append(attempt(single.classes_on, START + timedelta(days=offset)))
        results.append(attempt(single.next_class, "yin", datetime(2024, 6, 5, 11, 0)))
    for _ in range(40):
        slots = [
            Slot(rng.randrange(7), time(rng.randint(6, 20), rng.choice([0, 15, 30])), 60, rng.choice(STYLES), rng.choice(["Maya", "Tom"]), rng.randint(1, 4))
            for _ in range(rng.randint(0, 10))
        ]
        members = [f"m{k}" for k in range(6)]
        studio = Studio(Timetable(slots), {m: ClassPass(m, rng.randint(0, 6), START + timedelta(days=rng.randint(0, 20))) for m in members})
        for _ in range(40):
            day = START + timedelta(days=rng.randint(0, 20))
            start = rng.choice([slot.start for slot in slots] + [time(5, 0)])
            member = rng.choice(members)
            action = rng.random()
            if action < 0.6:
                results.append(attempt(studio.book, member, day, start))
            elif action < 0.8:
                results.append(attempt(studio.cancel, member, day, start))
            else:
                results.append(attempt(studio.spaces, day, start))
        results.append(sorted((m, p.credits) for m, p in studio.passes.items()))
        results.append(sorted((day, slot.label(), list(names)) for (day, slot), names in studio.booked.items()))
    return results
