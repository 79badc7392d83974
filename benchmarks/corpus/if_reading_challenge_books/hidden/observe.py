"""Counted books around the challenge dates, for every format, then random logs."""

import random
from datetime import date, timedelta

from observing import attempt
from challenge import books_counted, leaderboard
from logbook import Entry

START = date(2024, 7, 13)
END = date(2024, 9, 7)
TITLES = ["Holes", "Matilda", "Wonder", "Skellig", "Coraline", "Stig of the Dump", "Goodnight Mister Tom", "The Hobbit"]
READERS = ["maya", "sam", "ola", "finn"]


def observe():
    rng = random.Random(9071)
    results = []
    for day in (START - timedelta(days=1), START, START + timedelta(days=30), END, END + timedelta(days=1)):
        for fmt in ("print", "ebook", "audio"):
            for pages in (0, 1, 250):
                log = [Entry("maya", "Holes", day, fmt, pages), Entry("maya", "Wonder", START, "print", 300)]
                results.append(attempt(books_counted, log, "maya", START, END))
                results.append(attempt(books_counted, log + log, "maya", START, END))
    for _ in range(250):
        log = []
        for _ in range(rng.randint(0, 14)):
            fmt = rng.choice(["print", "print", "ebook", "audio"])
            pages = 0 if fmt == "audio" and rng.random() < 0.8 else rng.randint(0, 400)
            day = START + timedelta(days=rng.randint(-10, 66))
            log.append(Entry(rng.choice(READERS), rng.choice(TITLES), day, fmt, pages))
        results.append(attempt(books_counted, log, rng.choice(READERS), START, END))
        results.append(attempt(leaderboard, log, START, END))
    return results
