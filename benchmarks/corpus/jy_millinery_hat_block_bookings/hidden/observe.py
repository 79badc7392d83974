"""plan_week with one block and several orders near its size, blocks given back between weeks, ties and sizes on the edge of the tolerance, then random order books against random shelves; what is booked, what waits and what is out on each."""

import random
from datetime import date, timedelta

from observing import attempt
from hatblocks.blocks import Block, BlockShelf
from hatblocks.orders import Order, plan_week

STYLES = ["fedora", "cloche", "pillbox", "boater"]


def run(blocks, orders, give_back=()):
    shelf = BlockShelf([Block(*b) for b in blocks])
    first = plan_week(shelf, [Order(*o) for o in orders])
    for code in give_back:
        attempt(shelf.give_back, code)
    second = plan_week(shelf, [Order(n + "b", s, h, f) for n, s, h, f in orders])
    return first, second, shelf.out()


def observe():
    rng = random.Random(8831)
    day = date(2024, 3, 11)
    results = []
    for sizes in ([57], [56, 58], [57, 57], [56, 57, 58], [55.5, 57.5]):
        blocks = [(f"F{n}", "fedora", size) for n, size in enumerate(sizes)]
        for heads in ([57], [57, 57], [56, 57, 58], [57, 56.5, 57.5, 58.5], [55, 59, 57, 57]):
            orders = [(f"A-{n}", "fedora", head, day + timedelta(days=n % 3)) for n, head in enumerate(heads)]
            results.append(attempt(run, blocks, orders))
            results.append(attempt(run, blocks, orders, ["F0"]))
    for _ in range(150):
        blocks = [(f"K{n}", rng.choice(STYLES), rng.choice((54, 55, 56, 57, 58, 59, 60, 56.5, 57.5))) for n in range(rng.randint(0, 8))]
        orders = [
            (f"A-{200 + n}", rng.choice(STYLES), rng.choice((55, 56, 57, 58, 59, round(rng.uniform(53, 61), 1))), day + timedelta(days=rng.randint(0, 6)))
            for n in range(rng.randint(0, 10))
        ]
        back = [b[0] for b in blocks if rng.random() < 0.4]
        results.append(attempt(run, blocks, orders, back))
    return results
