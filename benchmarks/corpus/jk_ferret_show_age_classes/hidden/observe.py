"""show_classes around the six-month and five-year lines (the day before, on, after; month ends), then random shows; entry_fees alongside."""

import random
from datetime import date, timedelta

from observing import attempt
from show import Ferret, entry_fees, show_classes

NAMES = ["Bramble", "Nutmeg", "Captain", "Pip", "Moss", "Sable", "Biscuit", "Inky", "Fudge", "Willow"]
OWNERS = ["Mrs Pike", "Dan Hulme", "Ann Cole"]


def months_back(day, months, day_of_month=None):
    index = day.year * 12 + day.month - 1 - months
    year, month = divmod(index, 12)
    d = day.day if day_of_month is None else day_of_month
    while True:
        try:
            return date(year, month + 1, d)
        except ValueError:
            d -= 1


def observe():
    rng = random.Random(3140)
    results = []
    shows = [date(2024, 7, 14), date(2024, 3, 31), date(2025, 2, 28), date(2024, 1, 1), date(2024, 2, 29)]
    for show_day in shows:
        for months in (0, 1, 5, 6, 7, 59, 60, 61):
            for shift in (-1, 0, 1):
                born = months_back(show_day, months) + timedelta(days=shift)
                ferret = Ferret("Moss", "Ann Cole", "h" if shift else "j", born)
                results.append(attempt(show_classes, [ferret], show_day))
    for _ in range(200):
        show_day = date(2024, 1, 1) + timedelta(days=rng.randint(0, 730))
        ferrets = []
        for name in rng.sample(NAMES, rng.randint(0, 6)):
            months = rng.choice((rng.randint(0, 96), 6, 60, 5, 59))
            if rng.random() < 0.5:
                born = months_back(show_day, months)
            else:
                born = months_back(show_day, months, rng.randint(1, 31))
            ferrets.append(Ferret(name, rng.choice(OWNERS), rng.choice("hj"), born))
        results.append(attempt(show_classes, ferrets, show_day))
        results.append(attempt(entry_fees, ferrets, rng.choice((1.5, 2.0))))
    return results
