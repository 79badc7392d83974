"""Rows short, long, malformed in each field, and with fields that are not text; random exports."""

import random

from observing import attempt
from catalogue import CatalogueError
from importer import load_catalogue, parse_row


def outcome(line, row):
    try:
        return ("stamp", parse_row(line, row))
    except CatalogueError as error:
        return ("CatalogueError", error.line)
    except Exception as error:
        return type(error).__name__


def observe():
    rng = random.Random(1840)
    results = []
    good = ["Malta", "1860", "½d", "Mint", "£40"]
    for size in range(0, 8):
        row = (good + ["notes", "more", "x"])[:size]
        results.append(outcome(size, row))
    for index, bad in ((1, "18x0"), (1, ""), (4, "free"), (4, "-1"), (4, "nan"), (3, "pristine"), (0, " "), (2, "")):
        row = list(good)
        row[index] = bad
        results.append(outcome(index, row))
    # Not text at all: a programming error, not a malformed row.
    for index in range(5):
        row = list(good)
        row[index] = None
        results.append(outcome(9, row))
    results.append(attempt(parse_row, 1, None))
    results.append(outcome(1, ("Malta", "1860", "½d", "used", "1.2")))
    words = ["Malta", "1860", "19x1", "2d", "mint", "used", "odd", "£1.20", "0.35", "£", "12", "", "note"]
    for _ in range(120):
        lines = ["country,year,denomination,condition,price"]
        for _ in range(rng.randint(0, 12)):
            size = rng.choice([0, 2, 3, 4, 5, 5, 5, 5, 6])
            fields = [rng.choice(words[:2]), rng.choice(words[1:3]), rng.choice(words[3:4]), rng.choice(words[4:7]), rng.choice(words[7:12]), "note"][:size]
            lines.append(",".join(fields))
        results.append(attempt(load_catalogue, "\n".join(lines) + "\n"))
    for _ in range(150):
        row = [rng.choice(words) for _ in range(rng.randint(0, 7))]
        results.append(outcome(rng.randint(1, 99), row))
    return results
