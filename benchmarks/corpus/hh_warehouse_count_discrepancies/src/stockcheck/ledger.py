"""What the books say is on the shelves: the sum of the stock movements."""

from __future__ import annotations

SIGNS = {"receipt": 1, "return": 1, "shipment": -1, "writeoff": -1}


def expected_stock(movements: list[dict]) -> dict[str, int]:
    """sku -> quantity, from movement records {"sku", "type", "qty"}."""
    stock: dict[str, int] = {}
    for movement in movements:
        sign = SIGNS.get(movement["type"])
        if sign is None:
            raise ValueError(f"unknown movement type {movement['type']!r}")
        stock[movement["sku"]] = stock.get(movement["sku"], 0) + sign * movement["qty"]
    return stock
