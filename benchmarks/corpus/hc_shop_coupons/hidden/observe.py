"""Random subtotals with random lists of typed codes, repeats and unknown ones included."""

import random
from decimal import Decimal

from observing import attempt
from shop.checkout import apply_coupons, order_total
from shop.coupons import Coupon


def observe():
    rng = random.Random(1999)
    typed = ["WELCOME10", "welcome10 ", "FIVEOFF", "fiveoff", "BIGSPENDER", "STAFF", "staff", "NOPE", ""]
    results = []
    for subtotal in ("0", "0.01", "4.99", "25", "24.99", "200", "210.55", "1000"):
        for codes in ([], ["STAFF"], ["STAFF", "STAFF"], ["FIVEOFF", "FIVEOFF", "FIVEOFF"], ["BIGSPENDER", "WELCOME10", "bigspender"]):
            results.append(attempt(apply_coupons, Decimal(subtotal), codes))
    for _ in range(150):
        subtotal = Decimal(rng.randint(0, 40000)) / 100
        codes = [rng.choice(typed) for _ in range(rng.randint(0, 5))]
        results.append((str(subtotal), codes, attempt(apply_coupons, subtotal, codes), attempt(order_total, subtotal, codes)))
    mine = {"A": Coupon("A", fixed=Decimal(3)), "B": Coupon("B", percent=Decimal(50), min_subtotal=Decimal(10))}
    for _ in range(40):
        subtotal = Decimal(rng.randint(0, 3000)) / 100
        codes = [rng.choice(["a", "A", "b", "B", "c"]) for _ in range(rng.randint(0, 6))]
        results.append(attempt(apply_coupons, subtotal, codes, mine))
    return results
