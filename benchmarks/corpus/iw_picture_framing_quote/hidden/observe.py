"""Frame prices around the oversize edge on either side, then random orders and quotes."""

import random

from observing import attempt
from framing.catalog import GLAZING, MOULDINGS
from framing.quote import FrameOrder, price_each, quote


def observe():
    rng = random.Random(4417)
    results = []
    for width in (20, 60, 99, 100, 100.5, 101, 140):
        for height in (20, 60, 99, 100, 100.5, 101, 140):
            for mount in (0, 0.5, 4):
                order = FrameOrder(width, height, "OAK40", "standard", mount)
                results.append(attempt(price_each, order))
    results.append(attempt(price_each, FrameOrder(30, 40, "OAK20", glazing="glass")))
    results.append(attempt(price_each, FrameOrder(30, 40, "PINE")))
    codes = sorted(MOULDINGS)
    glazings = sorted(GLAZING)
    for _ in range(150):
        orders = [
            FrameOrder(
                rng.choice([rng.randint(10, 150), round(rng.uniform(10, 130), 1)]),
                rng.choice([rng.randint(10, 150), round(rng.uniform(10, 130), 1)]),
                rng.choice(codes),
                rng.choice(glazings),
                rng.choice([0, 0, 3, 5, 7.5]),
                rng.randint(1, 4),
            )
            for _ in range(rng.randint(1, 4))
        ]
        results.append([attempt(price_each, order) for order in orders])
        results.append(attempt(quote, orders, rng.random() < 0.4))
    return results
