"""Orders as they come in from the phone pad: loads of logs by the cubic metre."""

from __future__ import annotations

from dataclasses import dataclass

WOODS = ("seasoned", "kiln-dried", "softwood")


@dataclass
class Order:
    customer: str
    wood: str
    cubic_metres: float
    miles: float
    stacking: bool = False  # we stack it in their store rather than tipping it on the drive


def parse_order(line: str) -> Order:
    """'customer, wood, cubic metres, miles[, stack]'."""
    parts = [part.strip() for part in line.split(",")]
    if len(parts) not in (4, 5):
        raise ValueError(f"cannot read order: {line!r}")
    customer, wood, volume, miles = parts[:4]
    wood = wood.lower()
    if wood not in WOODS:
        raise ValueError(f"unknown wood {wood!r}")
    stacking = len(parts) == 5 and parts[4].lower() == "stack"
    return Order(customer, wood, float(volume), float(miles), stacking)
