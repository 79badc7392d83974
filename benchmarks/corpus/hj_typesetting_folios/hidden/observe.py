"""Numerals read back from to_roman, numerals typed by hand (including ones to_roman
would never write), and folio look-ups in books with random front matter."""

import random

from observing import attempt
from folios.pages import page_of, page_range
from folios.roman import from_roman, to_roman


def observe():
    rng = random.Random(1666)
    results = []
    for text in ("i", "v", "xii", "MMXX", " lxxviii ", "", "iiii", "iix", "ivx", "vx", "xm", "ixi", "mcm", "cdxliv"):
        results.append((text, attempt(from_roman, text)))
    for n in list(range(1, 60)) + [rng.randint(60, 3999) for _ in range(60)]:
        results.append((n, attempt(from_roman, to_roman(n))))
    for _ in range(40):
        text = "".join(rng.choice("ivxlcdm") for _ in range(rng.randint(1, 6)))
        results.append((text, attempt(from_roman, text)))
    for _ in range(40):
        front = rng.randint(0, 30)
        label = rng.choice([to_roman(rng.randint(1, 32)), str(rng.randint(1, 300))])
        second = rng.choice([to_roman(rng.randint(1, 32)), str(rng.randint(1, 300))])
        results.append((front, label, attempt(page_of, label, front), attempt(page_range, f"{label}-{second}", front)))
    return results
