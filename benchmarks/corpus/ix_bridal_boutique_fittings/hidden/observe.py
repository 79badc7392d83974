"""FittingDiary.cancel of known, unknown and already cancelled fittings around the
48-hour line, then random diaries of bookings and cancellations."""

import random
from datetime import datetime, timedelta

from observing import attempt
from boutique.diary import FittingDiary
from boutique.fittings import DURATIONS

KINDS = sorted(DURATIONS)
DAY = datetime(2024, 9, 7)


def cancel(diary, ref, now):
    try:
        return ("refund", diary.cancel(ref, now), [f.ref for f in diary.fittings])
    except LookupError as error:
        return ("lookup", type(error).__name__, isinstance(error, KeyError), [f.ref for f in diary.fittings])


def observe():
    rng = random.Random(8164)
    results = []
    for kind in KINDS:
        for hours_before in (200, 49, 48, 47, 1, 0, -2):
            diary = FittingDiary()
            fitting = diary.book("Amy", kind, DAY.replace(hour=11))
            now = fitting.starts - timedelta(hours=hours_before)
            results.append(attempt(cancel, diary, fitting.ref, now))
            results.append(attempt(cancel, diary, fitting.ref, now))
            results.append(attempt(cancel, diary, "F999", now))
            results.append(attempt(cancel, FittingDiary(), "", now))
    for _ in range(100):
        diary = FittingDiary()
        log = []
        for k in range(rng.randint(0, 12)):
            starts = DAY + timedelta(days=rng.randint(0, 3), hours=rng.randint(9, 17), minutes=rng.choice([0, 15, 30, 45]))
            booked = attempt(diary.book, f"bride{k % 4}", rng.choice(KINDS + ["hair trial"]), starts)
            log.append(booked.ref if hasattr(booked, "ref") else booked)
        now = DAY - timedelta(hours=rng.randint(0, 96))
        for _ in range(rng.randint(0, 6)):
            ref = f"F{rng.randint(0, 14):03d}"
            log.append(attempt(cancel, diary, ref, now))
        results.append(log)
        results.append(attempt(diary.day_sheet, DAY))
        results.append([f.ref for f in diary.for_bride("bride1")])
    return results
