"""What a blade costs to sharpen at the market stall."""

from __future__ import annotations

from dataclasses import dataclass

RATES = {"kitchen": 6.0, "pocket": 4.0, "scissors": 7.5, "cleaver": 9.0, "garden": 8.0}
SERRATED_EXTRA = 3.0
CHIP_REPAIR = 5.0
TRADE_MINIMUM = 10  # blades in one order before the trade discount applies
TRADE_DISCOUNT = 0.2


@dataclass(frozen=True)
class Blade:
    kind: str
    serrated: bool = False
    chipped: bool = False


def blade_price(blade: Blade) -> float:
    if blade.kind not in RATES:
        raise ValueError(f"we don't sharpen {blade.kind!r}")
    price = RATES[blade.kind]
    if blade.serrated:
        price += SERRATED_EXTRA
    if blade.chipped:
        price += CHIP_REPAIR
    return price


def order_price(blades: list[Blade], trade: bool = False) -> float:
    """The whole order; restaurants and butchers (trade) get 20% off ten blades or more."""
    total = sum(blade_price(blade) for blade in blades)
    if trade and len(blades) >= TRADE_MINIMUM:
        total *= 1 - TRADE_DISCOUNT
    return round(total, 2)
