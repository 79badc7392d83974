"""payout for items sold at full price, after markdowns and at till prices, then random months of trading."""

import random
from datetime import date, timedelta
from decimal import Decimal

from observing import attempt
from consign.consignors import Consignor
from consign.items import Item
from consign.statements import Statement

RECEIVED = date(2024, 1, 5)


def observe():
    rng = random.Random(1977)
    results = []
    consignors = [
        Consignor("C01", "a"),
        Consignor("C02", "b", Decimal("0.50"), Decimal("0.00")),
        Consignor("C03", "c", Decimal("0.65"), Decimal("12.50")),
    ]
    for consignor in consignors:
        for asking in ("0.01", "3.99", "8.33", "18.00", "45.00", "120.00"):
            for days in (0, 29, 30, 59, 60, 90):
                for till in (None, "0.00", "1.00", "40.00"):
                    item = Item("S1", consignor.id, "x", Decimal(asking), RECEIVED)
                    day = RECEIVED + timedelta(days=days)
                    item.sell(day, None if till is None else Decimal(till))
                    statement = Statement(consignor, [item], day.year, day.month)
                    results.append(attempt(statement.payout))
                    results.append(attempt(Statement(consignor, [item], day.year, day.month % 12 + 1).payout))
    for _ in range(150):
        items = []
        for k in range(rng.randint(0, 15)):
            item = Item(
                f"V{k:03d}",
                rng.choice(consignors).id,
                "item",
                Decimal(rng.randint(100, 15000)) / 100,
                RECEIVED + timedelta(days=rng.randint(0, 60)),
            )
            if rng.random() < 0.7:
                day = item.received + timedelta(days=rng.randint(0, 120))
                till = None if rng.random() < 0.7 else Decimal(rng.randint(0, 10000)) / 100
                item.sell(day, till)
            items.append(item)
        for consignor in consignors:
            for month in range(1, 7):
                statement = Statement(consignor, items, 2024, month)
                results.append(attempt(statement.payout))
                results.append(attempt(statement.lines))
    return results
