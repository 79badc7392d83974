"""ClassPass.refund_value on even and odd prices, expiry edges and used classes, then random passes."""

import random
from datetime import date, timedelta

from observing import attempt
from passes import ClassPass
from timetable import YogaClass, book

BOUGHT = date(2024, 1, 8)


def refund_after(size, price, used, days_later, valid_days=90):
    card = ClassPass("h", size, price, BOUGHT, valid_days)
    for _ in range(used):
        card.use(BOUGHT)
    return card.refund_value(BOUGHT + timedelta(days=days_later))


def observe():
    rng = random.Random(8080)
    results = []
    for size, price in ((1, 12.0), (5, 47.5), (5, 50.0), (8, 99.0), (10, 80.0), (10, 95.0), (10, 40.0), (20, 150.0), (3, 10.0)):
        for used in range(0, size + 1, max(1, size // 4)):
            for days_later in (-1, 0, 30, 89, 90, 91):
                results.append(attempt(refund_after, size, price, used, days_later))
    for _ in range(100):
        size = rng.choice([1, 3, 5, 8, 10, 12, 20])
        price = round(rng.uniform(8, 200), rng.choice([0, 1, 2]))
        used = rng.randint(0, size)
        results.append(attempt(refund_after, size, price, used, rng.randint(-5, 120), rng.choice([30, 60, 90])))
    for _ in range(30):
        yoga = YogaClass("Hatha", BOUGHT + timedelta(days=rng.randint(0, 100)), "Nell", rng.randint(0, 4))
        cards = [ClassPass(f"p{k}", rng.choice([1, 5, 10]), rng.choice([15.0, 47.5, 80.0]), BOUGHT) for k in range(rng.randint(0, 5))]
        booked = [attempt(book, yoga, rng.choice(cards)) for _ in range(len(cards) * 2)] if cards else []
        results.append((booked, list(yoga.attendees), [attempt(card.refund_value, yoga.day) for card in cards]))
    return results
