"""Coins the machine takes, in cents, and paying change out of what it holds."""

from __future__ import annotations

COINS = (200, 100, 50, 20, 10, 5)


def make_change(amount: int, stock: dict[int, int]) -> list[int] | None:
    """Coins adding up to amount, largest first, using only coins in stock; None if it cannot be done."""
    if amount < 0:
        raise ValueError("negative change")
    change = []
    for coin in sorted(stock, reverse=True):
        count = min(stock[coin], amount // coin)
        change += [coin] * count
        amount -= coin * count
    return change if amount == 0 else None
