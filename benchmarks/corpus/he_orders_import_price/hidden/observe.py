"""Prices of every shape, then random exports imported."""

import random

from observing import attempt
from orderimport.importer import import_orders
from orderimport.rows import parse_discount, parse_price, parse_quantity

PRICES = ["12.50", "€12.50", "€ 3,99", "$7", "0", "0.00", "-1.00", "0.999", "NaN", "Infinity", "twelve", "",
          " ", "1e2", "1e-3", "12.5.0", "€", "3,99,1", "+4.20", "n/a", "١٢"]


def observe():
    rng = random.Random(6262)
    results = [(text, attempt(parse_price, text)) for text in PRICES]
    results += [attempt(parse_quantity, t) for t in ("3", "0", "-2", "x", "")]
    results += [attempt(parse_discount, t) for t in ("15%", "", "half", "120%", "NaN", "0")]
    for _ in range(40):
        lines = ["order,sku,quantity,price,discount"]
        for _ in range(rng.randint(0, 7)):
            lines.append(",".join([
                rng.choice(["A-100", "A-101", "B-7", ""]),
                rng.choice(["mug-01", "tea-07", ""]),
                rng.choice(["1", "2", "5", "0", "x"]),
                rng.choice(PRICES[:6] + ["twelve", "n/a", "2.25", "abc", "0.999"]),
                rng.choice(["", "", "10%", "50%", "half"]),
            ]))
        result = attempt(import_orders, "\n".join(lines) + "\n")
        if isinstance(result, str):
            results.append(result)
        else:
            results.append((result.lines, result.errors, attempt(result.order_totals)))
    return results
