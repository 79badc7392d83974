"""The inflatables and extras we hire out."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Item:
    code: str
    name: str
    day_rate: float
    indoor_ok: bool = True
    needs_blower: bool = True


def load_catalogue(text: str) -> dict[str, Item]:
    """Reads the catalogue sheet: code, name, day rate, 'indoor'/'outdoor', 'blower'/'-'."""
    items = {}
    for line in text.strip().splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        code, name, rate, where, blower = (part.strip() for part in line.split(","))
        items[code] = Item(code, name, float(rate), where == "indoor", blower == "blower")
    return items
