"""Prices of parcels on and around every band limit, and random ones."""

import random
from decimal import Decimal

from observing import attempt
from parcelquote.quote import Parcel, chargeable_weight, price


def observe():
    rng = random.Random(5150)
    results = []
    parcels = []
    for weight in ("0", "0.5", "1", "1.01", "2", "4.99", "5", "10", "19.9", "20", "20.01", "35"):
        for express in (False, True):
            parcels.append(Parcel(Decimal(weight), 10, 10, 10, express))
    parcels += [Parcel(Decimal("1"), 120, 10, 10), Parcel(Decimal("1"), 121, 10, 10), Parcel(Decimal("0.1"), 50, 20, 10)]
    for _ in range(150):
        parcels.append(Parcel(
            Decimal(rng.randint(0, 250)) / 10,
            rng.randint(5, 125), rng.randint(5, 80), rng.randint(1, 60),
            rng.random() < 0.4,
        ))
    for parcel in parcels:
        results.append((attempt(chargeable_weight, parcel), attempt(price, parcel)))
    return results
