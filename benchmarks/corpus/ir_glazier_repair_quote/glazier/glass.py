"""The glass price list, per square metre, cut to size."""

from __future__ import annotations

PRICES = {
    "float4": 38.00,  # 4mm float, for old sashes
    "toughened6": 72.00,
    "laminated": 85.00,
    "obscure": 46.00,  # bathroom and door panels
    "sealed_unit": 110.00,  # double-glazed unit
}
MINIMUM_AREA = 0.25  # every pane is charged as at least a quarter of a square metre


def area_m2(width_mm: int, height_mm: int) -> float:
    if width_mm <= 0 or height_mm <= 0:
        raise ValueError("a pane needs a positive width and height")
    return width_mm * height_mm / 1_000_000


def pane_price(glass: str, width_mm: int, height_mm: int) -> float:
    if glass not in PRICES:
        raise KeyError(f"no price for glass {glass!r}")
    return round(max(area_m2(width_mm, height_mm), MINIMUM_AREA) * PRICES[glass], 2)
