"""decant on one ink ordered again and again around the reserve and the last vial, unknown inks and orders of nothing, then random days of web orders against random shelf counts; the shelf count after, the order totals and the restock list on each."""

import random

from observing import attempt
from samples import decant, order_totals, restock_list

INKS = ["Diamine Oxblood", "Sailor Yama-dori", "Pilot Iroshizuku Kon-peki", "Diamine Shimmertastic Golden Sands", "Kaweco Paradise Blue"]


def run(orders, stock):
    stock = dict(stock)
    filled, short = decant(orders, stock)
    return filled, short, stock, order_totals(filled), restock_list(short)


def observe():
    rng = random.Random(6203)
    results = []
    for ml in (0.0, 4.9, 5.0, 6.9, 7.0, 8.5, 9.0, 11.0, 13.0, 15.0, 20.0, 50.0):
        for first, second in ((1, 1), (2, 1), (3, 2), (0, 2), (4, 4), (10, 3)):
            orders = [(1, "Diamine Oxblood", first), (2, "Diamine Oxblood", second), (3, "Diamine Oxblood", 1)]
            results.append(attempt(run, orders, {"Diamine Oxblood": ml}))
    results.append(attempt(run, [(1, "Unknown", 2), (2, "Diamine Oxblood", 0)], {"Diamine Oxblood": 10.0}))
    results.append(attempt(run, [], {"Diamine Oxblood": 10.0}))
    for _ in range(150):
        stock = {ink: rng.choice((0.0, 3.5, 7.0, rng.uniform(0, 60), float(rng.randint(5, 100)))) for ink in INKS if rng.random() < 0.8}
        orders = [(1000 + n, rng.choice(INKS), rng.randint(0, 6)) for n in range(rng.randint(0, 25))]
        results.append(attempt(run, orders, stock))
    return results
