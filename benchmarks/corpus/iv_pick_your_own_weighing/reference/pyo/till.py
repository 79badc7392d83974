"""The weighing station at the farm gate."""

from __future__ import annotations

from dataclasses import dataclass

from pyo.produce import fruit_named

PUNNET_KG = 0.05  # the farm's card punnets, taken off at the scale
JAM_KG = 4.0  # pickings this heavy get the jam-makers' discount
JAM_DISCOUNT = 0.15


@dataclass
class Weighing:
    fruit: str
    gross_kg: float
    punnets: int = 0
    ready_picked: bool = False  # bought off the shop shelf rather than picked


def net_kg(weighing: Weighing) -> float:
    return max(0.0, round(weighing.gross_kg - weighing.punnets * PUNNET_KG, 3))


def line_price(weighing: Weighing) -> float:
    """Price of one weighing. The jam-makers' discount is for fruit people pick
    themselves: ready-picked fruit from the shop is always the full shop price."""
    fruit = fruit_named(weighing.fruit)
    net = net_kg(weighing)
    price = fruit.shop_price if weighing.ready_picked else fruit.pick_price
    if net >= JAM_KG and not weighing.ready_picked:
        price = price * (1 - JAM_DISCOUNT)
    return round(net * price, 2)


def receipt(weighings: list[Weighing]) -> tuple[list[str], float]:
    lines = []
    total = 0.0
    for weighing in weighings:
        amount = line_price(weighing)
        kind = "shop" if weighing.ready_picked else "PYO"
        lines.append(f"{weighing.fruit.lower():<14}{kind:<5}{net_kg(weighing):>7.3f} kg {amount:>7.2f}")
        total += amount
    return lines, round(total, 2)
