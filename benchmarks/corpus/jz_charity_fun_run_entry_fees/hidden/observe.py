"""entry_price for sums around the minimum fee, the percentage band and the cap, then random sums; price_list for a few fields and random ones."""

import random

from observing import attempt
from funrun.entries import poster, price_list
from funrun.fees import entry_price, kept


def price(needed):
    pence = entry_price(needed)
    return pence, kept(pence)


def prices(fixed, expected, donation):
    found = price_list(fixed, expected, donation)
    return found, poster(found)


def observe():
    rng = random.Random(3391)
    results = []
    for needed in (1, 2, 50, 99, 100, 101, 500, 1000, 1001, 1199, 1200, 1201, 1235, 1999, 2000, 2001,
                   4000, 4199, 4200, 4201, 4210, 5000, 9999, 10000, 25000):
        results.append(attempt(price, needed))
    results.append(attempt(prices, 0, {"junior 2k": 10}, 0))
    results.append(attempt(prices, 120000, {"adult 10k": 200, "adult 5k": 100, "junior 2k": 50}, 500))
    results.append(attempt(prices, 99999, {"adult 5k": 7}, 1500))
    for _ in range(120):
        results.append(attempt(price, rng.choice((rng.randint(1, 300), rng.randint(300, 6000), rng.randint(6000, 50000)))))
    for _ in range(40):
        expected = {c: rng.randint(0, 400) for c in ("adult 10k", "adult 5k", "junior 2k") if rng.random() < 0.8}
        results.append(attempt(prices, rng.choice((0, 50000, rng.randint(0, 500000))), expected, rng.choice((0, 250, 500, 1000))))
    return results
