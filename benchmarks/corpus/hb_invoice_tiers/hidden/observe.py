"""Discount rates around every tier boundary, and random invoices."""

import random
from decimal import Decimal

from observing import attempt
from billing import Invoice, discount_rate
from billing.pricing import VOLUME_TIERS


def observe():
    results = []
    for text in ["-5", "0", "0.01", "99.99", "100", "100.00", "100.01", "499.99", "500", "500.00", "500.01",
                 "999.99", "1000", "1000.00", "4999.99", "5000", "5000.00", "12000"]:
        results.append(attempt(discount_rate, Decimal(text)))
    custom = [(Decimal("50"), Decimal("0.5")), (Decimal("10"), Decimal("0.1"))]
    for text in ["9.99", "10", "10.00", "49.99", "50", "51"]:
        results.append(attempt(discount_rate, Decimal(text), custom))
    rng = random.Random(4101)
    for minimum, _ in VOLUME_TIERS:
        for cents in (-1, 0, 1):
            results.append(attempt(discount_rate, minimum + Decimal(cents) / 100))
    for _ in range(60):
        invoice = Invoice(customer="c", vat_rate=rng.choice([Decimal("0.20"), Decimal("0.07"), Decimal("0")]))
        for _ in range(rng.randint(0, 4)):
            price = rng.choice(["100", "250", "500", "1000", "12.50", "0.99", "49.99", str(rng.randint(1, 900))])
            attempt(invoice.add, "item", rng.choice([1, 1, 2, 4, 5, 10, 0]), price)
        results.append(attempt(invoice.summary))
    return results
