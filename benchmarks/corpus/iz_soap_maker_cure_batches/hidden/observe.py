"""The stall list and stock over sold-out, part-sold, failed and curing batches, then random workshop books."""

import random
from datetime import date, timedelta

from observing import attempt
from soapworks.batches import Batch, parse_book
from soapworks.stall import next_cured, ready_to_sell, stall_stock

TODAY = date(2024, 3, 23)
RECIPES = ["Lavender", "Oatmeal & Honey", "Castile", "Peppermint", "Charcoal", "Rose"]
METHODS = ["cold", "cold", "hot", "castile"]


def codes(batches, today):
    return [(batch.code, batch.bars_left) for batch in ready_to_sell(batches, today)]


def observe():
    rng = random.Random(4417)
    results = []
    for method in ("cold", "hot", "castile"):
        for weeks_ago in (0, 1, 3, 4, 5, 26, 30):
            for bars, sold in ((12, 0), (12, 5), (12, 11), (12, 12), (0, 0), (10, 12)):
                for failed in (False, True):
                    batch = Batch("B1", "Plain", method, TODAY - timedelta(weeks=weeks_ago), bars, sold, failed)
                    results.append(attempt(codes, [batch], TODAY))
                    results.append(attempt(stall_stock, [batch], TODAY))
                    results.append(attempt(next_cured, [batch], TODAY))
    for _ in range(150):
        lines = []
        for k in range(rng.randint(0, 12)):
            bars = rng.randint(0, 30)
            sold = rng.choice([0, bars, bars, rng.randint(0, bars)])
            zap = rng.choice(["", "", "", "fail", "pass"])
            poured = TODAY - timedelta(days=rng.randint(-10, 220))
            lines.append(f"K{k:02d}; {rng.choice(RECIPES)}; {rng.choice(METHODS)}; {poured.isoformat()}; {bars}; {sold}; {zap}")
        book = attempt(parse_book, "\n".join(lines))
        if not isinstance(book, list):
            results.append(book)
            continue
        day = TODAY + timedelta(days=rng.randint(-30, 60))
        results.append(attempt(codes, book, day))
        results.append(attempt(stall_stock, book, day))
        results.append(attempt(next_cured, book, day))
    return results
