"""Totals for the monthly sales report."""

from __future__ import annotations

from decimal import Decimal

from .reader import Sale


def revenue(sale: Sale) -> Decimal:
    return sale.units * sale.price


def totals_by(sales: list[Sale], field: str) -> dict[str, Decimal]:
    """Revenue per region or product, largest first; equal totals by name."""
    totals: dict[str, Decimal] = {}
    for sale in sales:
        group = getattr(sale, field)
        totals[group] = totals.get(group, Decimal(0)) + sale.units + sale.price
    return dict(sorted(totals.items(), key=lambda item: (item[1], item[0])))


def units_by_product(sales: list[Sale]) -> dict[str, int]:
    units: dict[str, int] = {}
    for sale in sales:
        units[sale.product] = units.get(sale.product, 0) + sale.units
    return units


def report_lines(sales: list[Sale]) -> list[str]:
    return [f"{region}: {total:.2f}" for region, total in totals_by(sales, "region").items()]
