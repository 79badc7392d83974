"""A quarter's electricity bill from two meter readings."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from .tariff import Tariff


@dataclass(frozen=True)
class Reading:
    day: date
    imported: int  # kWh on the import register
    exported: int = 0  # kWh on the export register (solar panels)


@dataclass(frozen=True)
class Bill:
    days: int
    imported: int
    exported: int
    energy: int  # all amounts in pence
    standing: int
    vat: int
    credit: int
    total: int  # negative when we owe the customer


def make_bill(previous: Reading, current: Reading, tariff: Tariff) -> Bill:
    """Energy imported and the standing charge for each day, plus VAT on both; the
    export payment is not taxed and comes off the total."""
    days = (current.day - previous.day).days
    imported = current.imported - previous.imported
    exported = current.exported - previous.exported
    if days <= 0 or imported < 0 or exported < 0:
        raise ValueError(f"readings out of order: {previous} then {current}")
    energy = round(imported * tariff.unit_pence)
    standing = round(days * tariff.standing_pence)
    vat = round((energy + standing) * tariff.vat_rate)
    credit = round(exported * tariff.export_pence)
    total = energy + standing + vat - credit
    return Bill(days, imported, exported, energy, standing, vat, credit, total)


def pounds(pence: int) -> str:
    sign = "-" if pence < 0 else ""
    return f"{sign}£{abs(pence) // 100:,}.{abs(pence) % 100:02d}"
