"""rental_due on books with one cylinder out around one, two and three years, several cylinders out in different orders, returns and swaps, unknown sizes, then random cage books; by_customer on each."""

import random
from datetime import date, timedelta

from observing import attempt
from cylinders.movements import Movement
from cylinders.rental import RENTAL, by_customer, rental_due

TODAY = date(2024, 4, 1)


def run(book, today):
    rows = rental_due(book, today)
    return rows, by_customer(rows)


def observe():
    rng = random.Random(9121)
    results = [attempt(run, [], TODAY)]
    sizes = sorted(RENTAL)
    for days in (0, 1, 364, 365, 366, 400, 729, 730, 731, 1095, 1096, 1500):
        one = Movement(TODAY - timedelta(days=days), "C1", "Amis", "propane 13kg", True)
        results.append(attempt(run, [one], TODAY))
        recent = Movement(TODAY - timedelta(days=10), "C2", "Whitlock", "butane 7kg", True)
        old = Movement(TODAY - timedelta(days=900), "C3", "Pennock", "propane 47kg", True)
        for book in ([one, recent], [recent, one], [one, old], [old, one, recent], [recent, old, one]):
            results.append(attempt(run, book, TODAY))
        back = Movement(TODAY - timedelta(days=5), "C1", "Amis", "propane 13kg", False)
        results.append(attempt(run, [one, old, back], TODAY))
    results.append(attempt(run, [Movement(TODAY - timedelta(days=800), "X", "Amis", "acetylene", True)], TODAY))
    for _ in range(150):
        book = []
        for n in range(rng.randint(0, 10)):
            serial = f"C{n}"
            customer = rng.choice(("Amis", "Whitlock", "Pennock", "Jory", "Ferrers"))
            size = rng.choice(sizes)
            sent = TODAY - timedelta(days=rng.randint(0, 1400))
            book.append(Movement(sent, serial, customer, size, True))
            if rng.random() < 0.3:
                book.append(Movement(sent + timedelta(days=rng.randint(0, 500)), serial, customer, size, False))
        rng.shuffle(book)
        results.append(attempt(run, book, TODAY + timedelta(days=rng.randint(-30, 30))))
    return results
