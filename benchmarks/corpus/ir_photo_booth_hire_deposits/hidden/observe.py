"""Cancelling hires moved or not, around the notice period, then random seasons of bookings."""

import random
from datetime import date, timedelta

from observing import attempt
from photobooth.diary import Diary

TODAY = date(2024, 3, 1)


def one_hire(days_ahead, moves, cancel_at):
    diary = Diary()
    hire = diary.book("client", TODAY + timedelta(days=days_ahead))
    for k in range(moves):
        diary.move(hire, hire.day + timedelta(days=7), TODAY + timedelta(days=k))
    refund = diary.cancel(hire, hire.day - timedelta(days=cancel_at))
    return refund, hire.refunded, diary.deposits_kept()


def observe():
    rng = random.Random(3310)
    results = []
    for days_ahead in (40, 90):
        for moves in (0, 1):
            for cancel_at in (-1, 0, 1, 27, 28, 29, 35):
                results.append(attempt(one_hire, days_ahead, moves, cancel_at))
    for _ in range(80):
        diary = Diary(rng.choice((1, 2, 3)))
        for k in range(rng.randint(1, 12)):
            day = TODAY + timedelta(days=rng.randint(10, 120))
            outcome = attempt(diary.book, f"client{k}", day, rng.choice((3, 3, 4, 5)))
            results.append(outcome if isinstance(outcome, str) else outcome.day.isoformat())
        today = TODAY
        for _ in range(rng.randint(0, 15)):
            today += timedelta(days=rng.randint(0, 6))
            hire = rng.choice(diary.hires)
            if rng.random() < 0.5:
                results.append(attempt(diary.move, hire, hire.day + timedelta(days=rng.randint(-20, 30)), today))
            else:
                results.append(attempt(diary.cancel, hire, today))
        results.append([(h.client, h.day.isoformat(), h.moves, h.cancelled, h.refunded) for h in diary.hires])
        results.append(diary.deposits_kept())
    return results
