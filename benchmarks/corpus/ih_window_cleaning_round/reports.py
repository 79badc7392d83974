from __future__ import annotations

from customers import Customer


def owing(customers: list[Customer]) -> list[tuple[str, float]]:
    """Customers who owe money, most owed first: (name and address, amount)."""
    rows = [(f"{c.name}, {c.house} {c.street}", c.balance) for c in customers if c.balance > 0]
    rows.sort(key=lambda row: (-row[1], row[0]))
    return rows


def total_owed(customers: list[Customer]) -> float:
    return round(sum(c.balance for c in customers if c.balance > 0), 2)
