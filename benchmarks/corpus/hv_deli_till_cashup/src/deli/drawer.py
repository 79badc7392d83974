"""Counting the cash drawer at closing: how many of each coin and note."""

from __future__ import annotations

from decimal import Decimal

DENOMINATIONS = {
    "50": Decimal("50.00"), "20": Decimal("20.00"), "10": Decimal("10.00"), "5": Decimal("5.00"),
    "2": Decimal("2.00"), "1": Decimal("1.00"), "50p": Decimal("0.50"), "20p": Decimal("0.20"),
    "10p": Decimal("0.10"), "5p": Decimal("0.05"), "2p": Decimal("0.02"), "1p": Decimal("0.01"),
}


def count_drawer(counts: dict[str, int]) -> Decimal:
    """The cash in the drawer from the count sheet: denomination -> how many."""
    total = Decimal("0.00")
    for denomination, how_many in counts.items():
        if denomination not in DENOMINATIONS:
            raise ValueError(f"unknown denomination {denomination!r}")
        if how_many < 0:
            raise ValueError("a count cannot be negative")
        total += DENOMINATIONS[denomination] * how_many
    return total


def expected_cash(float_amount: Decimal, cash_sales: list[Decimal], refunds: list[Decimal] = ()) -> Decimal:
    """What should be in the drawer: the morning float plus cash taken less cash refunded."""
    return float_amount + sum(cash_sales, Decimal("0.00")) - sum(refunds, Decimal("0.00"))
