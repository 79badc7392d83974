"""Tax, take-home pay and marginal rates for random incomes and pensions, under
this year's bands and under random band tables whose top band starts low."""

import random
from decimal import Decimal

from observing import attempt
from incometax.bands import Band, parse_bands
from incometax.tax import income_tax, marginal_rate, take_home

UK = "0-37700 20\n37700-125140 40\n125140+ 45"


def random_bands(rng):
    limits = sorted(rng.sample(range(1000, 150000, 500), rng.randint(0, 3)))
    rates = sorted(rng.sample(range(5, 60), len(limits) + 1))
    bands = []
    lower = Decimal("0")
    for limit, rate in zip(limits, rates):
        bands.append(Band(lower, Decimal(limit), Decimal(rate)))
        lower = Decimal(limit)
    bands.append(Band(lower, None, Decimal(rates[-1])))
    return bands


def observe():
    rng = random.Random(1257)
    results = []
    uk = parse_bands(UK)
    small = parse_bands("0-10000 10\n10000-30000 25\n30000+ 35")
    flat = parse_bands("0+ 15")
    for gross in ("0", "12570", "12571", "50270", "100000", "110000", "125140", "125141", "137710", "200000", "1000000"):
        for pension in ("0", "4000", "20000", "60000", "250000"):
            for bands in (uk, small, flat):
                args = (Decimal(gross), bands, Decimal(pension))
                results.append((attempt(income_tax, *args), attempt(take_home, *args), attempt(marginal_rate, *args)))
    for _ in range(100):
        bands = rng.choice([uk, small, flat, random_bands(rng)])
        gross = Decimal(rng.randint(0, 300000)) + Decimal(rng.randint(0, 99)) / 100
        pension = Decimal(rng.choice([0, 0, rng.randint(0, 40000)]))
        results.append((attempt(income_tax, gross, bands, pension), attempt(take_home, gross, bands, pension)))
    return results
