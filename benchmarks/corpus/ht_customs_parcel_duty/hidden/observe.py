"""Assessments of parcels around the threshold and of random declarations."""

import random
from decimal import Decimal

from observing import attempt
from customs.assess import assess
from customs.parcel import Line, Parcel, parse_declaration

CATEGORIES = ["books", "clothing", "electronics", "footwear", "toys", "garden", "Clothing "]


def observe():
    rng = random.Random(8802)
    results = []
    for value in ("0", "0.01", "75.00", "149.99", "150.00", "150.01", "999.95"):
        for quantity in (1, 2, 3):
            for shipping in ("0", "4.99", "30"):
                for category in ("clothing", "books", "toys"):
                    parcel = Parcel("E", Decimal(shipping), [Line("x", category, Decimal(value), quantity)])
                    results.append(attempt(assess, parcel))
    results.append(attempt(assess, Parcel("EMPTY", Decimal("5.00"))))
    results.append(attempt(lambda: assess(parse_declaration(
        "CX-9 7.45\nshoes | footwear | 89.99 | 2\ncable | electronics | 12.40 | 5\n"))))
    for n in range(100):
        lines = []
        for _ in range(rng.randint(0, 5)):
            value = Decimal(rng.randint(0, 20000)) / 100
            lines.append(Line("item", rng.choice(CATEGORIES), value, rng.choice([1, 1, 1, 2, 3, 4, 10])))
        shipping = rng.choice([Decimal("0"), Decimal("3.50"), Decimal(rng.randint(100, 4000)) / 100])
        results.append(attempt(assess, Parcel(f"R{n}", shipping, lines)))
    return results
