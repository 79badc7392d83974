from __future__ import annotations

from decimal import Decimal


def product(name: str, price: str, stock: int) -> dict:
    return {"name": name, "price": Decimal(price), "stock": stock}


def load_catalog(rows: list[tuple[str, str, str, int]]) -> dict[str, dict]:
    """sku -> product record, from (sku, name, price, stock) rows."""
    catalog = {}
    for sku, name, price, stock in rows:
        if sku in catalog:
            raise ValueError(f"duplicate sku {sku}")
        catalog[sku] = product(name, price, stock)
    return catalog
