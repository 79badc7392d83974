"""market_load on batches with every, some, one and no jar sealed, at the edges of maturing and shelf life and of the crate space, then random batch logs and market days; the price list of each load."""

import random
from datetime import date, timedelta

from observing import attempt
from larder.batches import Batch, Jar
from larder.market import market_load, price_list

PRODUCTS = ["strawberry jam", "redcurrant jelly", "lemon curd", "seville marmalade", "piccalilli pickle", "plum chutney"]


def run(batches, day, *room):
    load = market_load(batches, day, *room)
    return load, price_list(batches, load)


def observe():
    rng = random.Random(5518)
    day = date(2024, 9, 14)
    results = [attempt(run, [], day)]
    for seals in ([True], [False], [True, False], [False, True, True], [True] * 6, [False] * 4, [True, True, True, False]):
        for product in PRODUCTS:
            for age in (0, 13, 14, 21, 28, 41, 42, 364, 365, 539, 540):
                batch = Batch("B1", product, day - timedelta(days=age), [Jar(340, s) for s in seals])
                results.append(attempt(run, [batch], day))
    for room in (0, 3, 4, 5, 8, 48):
        batches = [
            Batch("A", "plum jam", day - timedelta(days=3), [Jar(340, True), Jar(340, False), Jar(227, True)]),
            Batch("B", "plum jam", day - timedelta(days=2), [Jar(454, True)] * 4),
            Batch("C", "lemon curd", day - timedelta(days=1), [Jar(227, True), Jar(227, True)]),
        ]
        results.append(attempt(run, batches, day, room))
    for n in range(150):
        market = date(2024, 1, 6) + timedelta(weeks=rng.randint(0, 60))
        batches = []
        for k in range(rng.randint(0, 12)):
            failed = rng.random() < 0.4
            jars = [Jar(rng.choice((227, 340, 454)), not (failed and rng.random() < 0.3)) for _ in range(rng.randint(1, 12))]
            product = rng.choice(PRODUCTS)
            made = market - timedelta(days=rng.choice((rng.randint(0, 60), rng.randint(0, 600))))
            batches.append(Batch(f"{n}-{k}", product, made, jars))
        room = () if rng.random() < 0.5 else (rng.randint(0, 40),)
        results.append(attempt(run, batches, market, *room))
    return results
