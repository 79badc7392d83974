"""Reading the regional sales exports (CSV)."""

from __future__ import annotations

import csv
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path


@dataclass(frozen=True)
class Sale:
    region: str
    product: str
    units: int
    price: Decimal


def read_sales(path: Path) -> list[Sale]:
    """Rows of the export; blank rows and rows whose region starts with '#' are skipped.
    Returns have negative units and are kept."""
    sales = []
    with path.open(newline="") as handle:
        for row in csv.DictReader(handle):
            region = (row.get("region") or "").strip()
            if not region or region.startswith("#"):
                continue
            sales.append(Sale(region, row["product"].strip(), int(row["units"]), Decimal(row["price"])))
    return sales
