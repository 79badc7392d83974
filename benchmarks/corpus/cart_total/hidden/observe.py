"""Random carts with random coupons and tax rates: lines, subtotal, discount, total."""

import random

from observing import attempt
from cart.cart import Cart

CATALOG = {"tea": 4.0, "mug": 8.5, "honey": 6.25, "pot": 23.99}


def observe():
    rng = random.Random(81)
    results = []
    for _ in range(60):
        cart = Cart(CATALOG, **({"tax_percent": rng.choice([0, 5, 8, 20, 25])} if rng.random() < 0.7 else {}))
        for _ in range(rng.randint(0, 6)):
            sku = rng.choice(list(CATALOG) + ["cake"])
            if rng.random() < 0.75:
                results.append(attempt(cart.add, sku, rng.choice([1, 2, 5, 10, 20, 60, 0])))
            else:
                results.append(attempt(cart.remove, sku, rng.choice([None, 1, 3])))
        if rng.random() < 0.5:
            results.append(attempt(cart.apply_coupon, rng.choice(["save10", "LESS5", "less500", "SAVE100", "bogus"])))
        results.append((dict(cart.items), attempt(cart.lines), attempt(cart.subtotal), attempt(cart.discount), attempt(cart.total)))
    return results
