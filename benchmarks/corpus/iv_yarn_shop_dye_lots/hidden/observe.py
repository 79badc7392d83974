"""Stockroom.sell in runs of sales, with takings, best sellers and what is left after
each, then random stock sheets and customers."""

import random

from observing import attempt
from yarn.shop import Stockroom
from yarn.stock import Lot

COLOURS = ["heather", "teal", "mustard", "oatmeal", "rust"]


def sale_tuple(shop, colour, metres):
    sale = shop.sell(colour, metres)
    return (sale.colour, sale.dye_lot, sale.balls, sale.price)


def snapshot(shop):
    return (
        attempt(shop.takings),
        attempt(shop.best_sellers),
        attempt(shop.best_sellers, 1),
        [(lot.colour, lot.dye_lot, lot.balls) for lot in shop.lots],
    )


def observe():
    rng = random.Random(3303)
    results = []
    shop = Stockroom([Lot("heather", "A1", 12, 100, 4.5), Lot("heather", "A2", 4, 100, 4.5), Lot("teal", "T1", 2, 200, 6.0)])
    results.append(snapshot(shop))
    for colour, metres in [("heather", 0), ("heather", 400), ("heather", 401), ("teal", 400), ("teal", 1),
                           ("rust", 10), ("Heather", 1200), ("heather", 100)]:
        results.append(attempt(sale_tuple, shop, colour, metres))
        results.append(snapshot(shop))
    for _ in range(80):
        lots = [
            Lot(rng.choice(COLOURS), f"L{k:03d}", rng.randint(0, 15), rng.choice([50, 100, 150, 200]),
                rng.choice([3.25, 4.5, 5.0, 6.75]))
            for k in range(rng.randint(0, 8))
        ]
        shop = Stockroom(lots)
        for _ in range(rng.randint(0, 8)):
            results.append(attempt(sale_tuple, shop, rng.choice(COLOURS), rng.choice([0, 90, 150, 250, 600, 1200])))
        results.append(snapshot(shop))
    return results
