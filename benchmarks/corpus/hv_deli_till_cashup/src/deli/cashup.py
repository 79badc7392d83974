"""The end-of-day cash-up sheet the manager signs."""

from __future__ import annotations

from decimal import Decimal

from deli.drawer import count_drawer, expected_cash

TOLERANCE = Decimal("0.50")  # the owner does not chase differences this small


def reconcile(counted: Decimal, expected: Decimal, tolerance: Decimal = TOLERANCE) -> tuple[str, Decimal]:
    """("ok", 0.00) when the drawer is within the tolerance of what it should
    hold; otherwise ("over", amount) or ("short", amount), the amount positive."""
    difference = abs(counted - expected)
    if abs(difference) <= tolerance:
        return "ok", Decimal("0.00")
    if difference > 0:
        return "over", difference
    return "short", -difference


def cash_up(counts: dict[str, int], float_amount: Decimal, cash_sales: list[Decimal],
            refunds: list[Decimal] = ()) -> str:
    """The line for the sheet, e.g. 'counted 212.40, expected 215.00: short 2.60'."""
    counted = count_drawer(counts)
    expected = expected_cash(float_amount, cash_sales, refunds)
    status, amount = reconcile(counted, expected)
    line = f"counted {counted}, expected {expected}: {status}"
    return line if status == "ok" else f"{line} {amount}"


def week_summary(results: list[tuple[str, Decimal]]) -> Decimal:
    """The net over (+) or short (-) for the week's cash-ups."""
    net = Decimal("0.00")
    for status, amount in results:
        net += amount if status == "over" else -amount
    return net
