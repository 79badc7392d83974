"""Paper stock the studio keeps, priced by the parent sheet."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Stock:
    name: str
    width_mm: int
    height_mm: int
    price_per_sheet: float


STOCKS = {
    "cotton-600": Stock("Cotton 600gsm", 560, 760, 3.40),
    "kraft-350": Stock("Kraft 350gsm", 500, 700, 0.95),
    "smooth-300": Stock("Smooth white 300gsm", 640, 900, 1.20),
}


def ups(stock: Stock, width_mm: int, height_mm: int, gutter_mm: int = 3) -> int:
    """How many pieces of width x height fit on one parent sheet, either way round."""
    def fit(w: int, h: int) -> int:
        return ((stock.width_mm + gutter_mm) // (w + gutter_mm)) * ((stock.height_mm + gutter_mm) // (h + gutter_mm))
    return max(fit(width_mm, height_mm), fit(height_mm, width_mm))
