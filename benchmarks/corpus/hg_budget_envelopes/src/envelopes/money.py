"""Amounts are kept in cents; people type and read them in euros."""

from __future__ import annotations

from decimal import Decimal, InvalidOperation


def parse_amount(text: str) -> int:
    """'12.50', '12,50', '€7' or '-3' as cents."""
    cleaned = text.strip().replace("€", "").replace(",", ".").strip()
    try:
        value = Decimal(cleaned)
    except InvalidOperation:
        raise ValueError(f"not an amount: {text!r}") from None
    if value != value.quantize(Decimal("0.01")):
        raise ValueError(f"more than two decimals: {text!r}")
    return int(value * 100)


def format_cents(cents: int) -> str:
    sign = "-" if cents < 0 else ""
    euros, rest = divmod(abs(cents), 100)
    return f"{sign}€{euros}.{rest:02d}"
